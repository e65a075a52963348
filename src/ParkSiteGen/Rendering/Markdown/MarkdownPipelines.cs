using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>The Markdig pipeline, built once per build (and reused by every rebuild of the preview):
/// CommonMark plus pipe tables, GitHub-style heading ids that keep Chinese text, raw HTML escaped unless
/// site.yml allows it (like Hugo's goldmark unsafe = false).</summary>
public static class MarkdownPipelines
{
    /// <summary>The same Markdown, parsed fast or with precise source positions (for messages); same HTML.</summary>
    public sealed record Pair(MarkdownPipeline Fast, MarkdownPipeline Precise);

    private static readonly Pair Safe = new(Create(allowHtml: false, precise: false), Create(allowHtml: false, precise: true));
    private static readonly Pair WithHtml = new(Create(allowHtml: true, precise: false), Create(allowHtml: true, precise: true));

    public static Pair For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    private static MarkdownPipeline Create(bool allowHtml, bool precise)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
        if (precise)
        {
            builder.UsePreciseSourceLocation();
        }

        if (!allowHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
