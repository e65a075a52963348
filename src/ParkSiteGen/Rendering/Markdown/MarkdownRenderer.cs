using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Renders a narrative to HTML, checking and rewriting its links on the way.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links)
{
    public LinkResolver Links => links;

    public sealed record Rendered(string Html, IReadOnlyCollection<string> LinkedParks);

    public Rendered Render(Document document, DiagnosticBag diagnostics)
    {
        var ast = Markdig.Markdown.Parse(document.Body, pipeline);
        HashSet<string>? linkedParks = null;
        foreach (var link in ast.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            var at = new SourceLocation(document.File, document.BodyLine + link.Line, link.Column + 1, link.Span.Length);
            var result = links.Resolve(link.Url, document, at, link.IsImage);
            if (result.Problem is { } problem)
            {
                diagnostics.Add(problem);
                link.Url = "#";
                continue;
            }

            link.Url = result.Url;
            if (result.LinkedPark is { } park)
            {
                (linkedParks ??= new HashSet<string>(StringComparer.Ordinal)).Add(park);
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollableTableRenderer());
        renderer.Render(ast);
        return new Rendered(writer.ToString(), linkedParks ?? (IReadOnlyCollection<string>)[]);
    }
}
