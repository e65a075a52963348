using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Pictures;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Renders a narrative to HTML, checking and rewriting its links on the way. Parsing skips Markdig's
/// precise source positions, which cost a fifth of the time; a document with a broken link is parsed again
/// with them, so the message still points at the link's line and column. The HTML is written when the template
/// prints it, straight into the page, by an HTML renderer each thread keeps.</summary>
public sealed class MarkdownRenderer(MarkdownPipelines.Pair pipelines, LinkResolver links)
{
    public LinkResolver Links => links;

    /// <param name="Html">Null when the narrative shows nothing.</param>
    /// <param name="LinkedFiles">Files of content/ its links lead to or look for (see <see cref="LinkResolver.Result.File"/>).</param>
    /// <param name="Media">The files it publishes: site path under /media/ -> source.</param>
    public sealed record Rendered(HtmlFragment? Html, IReadOnlyCollection<string> LinkedParks, IReadOnlyCollection<string> LinkedFiles, IReadOnlyCollection<KeyValuePair<string, string>> Media)
    {
        public static readonly Rendered Nothing = new(null, [], [], []);
    }

    public Rendered Render(Document document, DiagnosticBag diagnostics) =>
        Render(document, diagnostics, pipelines.Fast, precise: false) ?? Render(document, diagnostics, pipelines.Precise, precise: true)!;

    /// <summary>Null when a link has a problem and the positions were not precise: the caller parses again.</summary>
    private Rendered? Render(Document document, DiagnosticBag diagnostics, MarkdownPipeline pipeline, bool precise)
    {
        var found = new List<LinkInline>();
        if (Parse(document, pipeline) is not { } ast || !CollectLinks(ast, found, depth: 1))
        {
            ReportTooDeep(document, diagnostics);
            return Rendered.Nothing;
        }

        CharacterReferences.Check(ast, document, diagnostics);
        HashSet<string>? linkedParks = null;
        HashSet<string>? linkedFiles = null;
        Dictionary<string, string>? media = null;
        foreach (var link in found)
        {
            if (link.Url is null)
            {
                continue;
            }

            var at = new SourceLocation(document.File, document.BodyLine + link.Line, link.Column + 1, link.Span.Length);
            var result = links.Resolve(link.Url, document, at, link.IsImage);
            if (result.File is { } file)
            {
                (linkedFiles ??= new HashSet<string>(StringComparer.Ordinal)).Add(file);
            }

            if (result.LinkedPark is { } park)
            {
                (linkedParks ??= new HashSet<string>(StringComparer.Ordinal)).Add(park);
            }

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
            if (result.Picture is { } picture)
            {
                link.SetData(typeof(PictureLink), picture);
            }

            if (result.MediaPath is { } sitePath)
            {
                (media ??= new Dictionary<string, string>(StringComparer.Ordinal))[sitePath] = result.File!;
            }
        }

        return new Rendered(Shows(ast) ? new Html(ast, pipeline) : null, linkedParks ?? (IReadOnlyCollection<string>)[],
            linkedFiles ?? (IReadOnlyCollection<string>)[], media ?? (IReadOnlyCollection<KeyValuePair<string, string>>)[]);
    }

    /// <summary>The parsed text; null when Markdig refuses it for being nested too deeply: a line of a few thousand
    /// '>' or '[' (a key held down, a paste gone wrong) is beyond its parser's depth limit, which it says with an
    /// ArgumentException that names no position.</summary>
    private static MarkdownDocument? Parse(Document document, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(document.Body, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>How deep blocks and inlines may nest. Narratives nest a few levels; Markdig's parser lets through some
    /// text (a long run of '*' makes emphasis inside emphasis) that its HTML renderer then refuses, deep in a page's
    /// rendering, and walking such a tree recurses once per level.</summary>
    private const int MaxDepth = 64;

    private static void ReportTooDeep(Document document, DiagnosticBag diagnostics)
    {
        var (line, found) = MostNestedLine(document.Body);
        diagnostics.Error("markdown-too-deep", line > 0 ? new SourceLocation(document.File, document.BodyLine + line - 1, 1) : SourceLocation.WholeFile(document.File),
            "the text is nested too deeply to be read as Markdown", found: found,
            expected: $"quotes, lists, links and emphasis nested at most {MaxDepth} levels deep",
            hint: "remove the run of '>', '[', '*', '_' or '<' characters, or the indented list, that was typed or pasted by mistake");
    }

    /// <summary>The line (1-based within the body) with the most characters that open a nested element, and how many it
    /// has; line 0 when no line has many (the nesting is then spread over lines, as in a list indented line by line).</summary>
    private static (int Line, string? Found) MostNestedLine(string body)
    {
        var (best, bestCount, number) = (0, 0, 0);
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            number++;
            var count = 0;
            foreach (var c in line)
            {
                count += OpeningCharacters.Contains(c) ? 1 : 0;
            }

            if (count > bestCount)
            {
                (best, bestCount) = (number, count);
            }
        }

        return bestCount >= 32 ? (best, $"{bestCount} characters that open a quote, a link or emphasis on one line") : (0, null);
    }

    private const string OpeningCharacters = ">[*_<`!(";

    /// <summary>Every link and image of the text: a plain walk of the tree (Markdig's Descendants makes an enumerator
    /// and a stack for every container, and a site has thousands of narratives). False when the tree is deeper than
    /// <see cref="MaxDepth"/>.</summary>
    private static bool CollectLinks(ContainerBlock container, List<LinkInline> links, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        for (var i = 0; i < container.Count; i++)
        {
            var ok = container[i] switch
            {
                ContainerBlock inner => CollectLinks(inner, links, depth + 1),
                LeafBlock { Inline: { } inline } => CollectLinks(inline, links, depth + 1),
                _ => true,
            };
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool CollectLinks(ContainerInline container, List<LinkInline> links, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LinkInline link)
            {
                links.Add(link);
            }

            if (inline is ContainerInline inner && !CollectLinks(inner, links, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text shows anything: link reference definitions are the only blocks that render nothing.</summary>
    private static bool Shows(MarkdownDocument ast)
    {
        for (var i = 0; i < ast.Count; i++)
        {
            if (ast[i] is not LinkReferenceDefinitionGroup)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A parsed narrative, its links already rewritten.</summary>
    private sealed class Html(MarkdownDocument ast, MarkdownPipeline pipeline) : HtmlFragment
    {
        public override void WriteTo(PageBuffer output) => ThreadRenderer.For(pipeline).Render(ast, output);
    }

    /// <summary>An HTML renderer set up for one pipeline, reused document after document on one thread.</summary>
    private sealed class ThreadRenderer
    {
        [ThreadStatic]
        private static ThreadRenderer? t_renderer;

        private readonly PageWriter _writer = new();
        private readonly HtmlRenderer _renderer;
        private readonly ScrollableTableRenderer _tables = new();

        private ThreadRenderer(MarkdownPipeline pipeline)
        {
            Pipeline = pipeline;
            _renderer = new HtmlRenderer(_writer);
            pipeline.Setup(_renderer);
            _renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Extensions.Tables.HtmlTableRenderer>(_tables);
            _renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.Inlines.LinkInlineRenderer>(new PictureRenderers.Image());
            _renderer.ObjectRenderers.ReplaceOrAdd<Markdig.Renderers.Html.ParagraphRenderer>(new PictureRenderers.Figure());
        }

        public MarkdownPipeline Pipeline { get; }

        public static ThreadRenderer For(MarkdownPipeline pipeline) =>
            t_renderer is { } cached && cached.Pipeline == pipeline ? cached : t_renderer = new ThreadRenderer(pipeline);

        public void Render(MarkdownDocument ast, PageBuffer output)
        {
            _writer.Target = output;
            try
            {
                _tables.Reset();
                _renderer.Render(ast);
            }
            finally
            {
                _writer.Target = null;
            }
        }
    }

    /// <summary>Markdig's HTML renderer writes to a TextWriter: this one writes into the page being rendered.</summary>
    internal sealed class PageWriter : TextWriter
    {
        public PageWriter() => CoreNewLine = ['\n'];

        public PageBuffer? Target { get; set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Target!.Write(value);

        public override void Write(string? value) => Target!.Write(value);

        public override void Write(ReadOnlySpan<char> buffer) => Target!.Write(buffer);

        public override void Write(char[] buffer, int index, int count) => Target!.Write(buffer.AsSpan(index, count));
    }
}
