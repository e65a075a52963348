using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Renders a narrative to HTML, checking and rewriting its links on the way. Parsing skips Markdig's
/// precise source positions, which cost a fifth of the time; a document with a broken link is parsed again
/// with them, so the message still points at the link's line and column. Each thread keeps its HTML renderer.</summary>
public sealed class MarkdownRenderer(MarkdownPipelines.Pair pipelines, LinkResolver links)
{
    [ThreadStatic]
    private static ThreadRenderer? t_renderer;

    public LinkResolver Links => links;

    public sealed record Rendered(string Html, IReadOnlyCollection<string> LinkedParks);

    public Rendered Render(Document document, DiagnosticBag diagnostics) =>
        Render(document, diagnostics, pipelines.Fast, precise: false) ?? Render(document, diagnostics, pipelines.Precise, precise: true)!;

    /// <summary>Null when a link has a problem and the positions were not precise: the caller parses again.</summary>
    private Rendered? Render(Document document, DiagnosticBag diagnostics, MarkdownPipeline pipeline, bool precise)
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
                if (!precise)
                {
                    return null;
                }

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

        var renderer = t_renderer is { } cached && cached.Pipeline == pipeline ? cached : t_renderer = new ThreadRenderer(pipeline);
        return new Rendered(renderer.Render(ast), linkedParks ?? (IReadOnlyCollection<string>)[]);
    }

    /// <summary>An HTML renderer set up for one pipeline, reused document after document on one thread.</summary>
    private sealed class ThreadRenderer
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;
        private readonly ScrollableTableRenderer _tables = new();

        public ThreadRenderer(MarkdownPipeline pipeline)
        {
            Pipeline = pipeline;
            _renderer = new HtmlRenderer(_writer);
            pipeline.Setup(_renderer);
            _renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(_tables);
        }

        public MarkdownPipeline Pipeline { get; }

        public string Render(MarkdownDocument ast)
        {
            _writer.GetStringBuilder().Clear();
            _tables.Reset();
            _renderer.Render(ast);
            _writer.Flush();
            return _writer.ToString();
        }
    }
}
