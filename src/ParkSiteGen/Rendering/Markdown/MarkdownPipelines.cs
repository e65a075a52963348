using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>The Markdig pipeline, built once per build (and reused by every rebuild of the preview):
/// CommonMark plus pipe tables, GitHub-style heading ids that keep Chinese text, raw HTML escaped unless
/// site.yml allows it (like Hugo's goldmark unsafe = false).</summary>
public static class MarkdownPipelines
{
    private static readonly MarkdownPipeline Safe = Create(allowHtml: false);
    private static readonly MarkdownPipeline WithHtml = Create(allowHtml: true);

    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    private static MarkdownPipeline Create(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePreciseSourceLocation();
        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
