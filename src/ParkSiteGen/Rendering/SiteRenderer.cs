using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering.Markdown;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering;

/// <summary>Stage 3: renders pages of the model through the theme, and the site's other files, into an output. Which
/// kinds of page and which files there are is the caller's list (<c>Pipeline.SiteFeatures</c>). Pages are independent,
/// so they render in parallel; each page's bytes depend only on the input, so the output is the same whatever the
/// order. The build renders only what changed; the preview re-renders just the pages an edit affects.</summary>
public sealed class SiteRenderer(SiteModel model, Theme theme, IReadOnlyList<PageKindRenderer> pageKinds)
{
    private readonly MarkdownRenderer _markdown = new(MarkdownPipelines.For(model.Site.AllowHtml), new LinkResolver(model, Rendering.Pictures.PictureCatalog.For(model)));
    private readonly Dictionary<PageKind, PageKindRenderer> _kinds = pageKinds.ToDictionary(k => k.Kind);

    /// <summary>What a page is made from, as its kind's registration says.</summary>
    public Inputs InputsOf(PageKey key) => _kinds[key.Kind].Reads;

    /// <summary>What the layout of every page of a language shares, made once per language.</summary>
    private readonly Dictionary<Model.Language, LayoutBuilder.Shared> _layouts = model.Languages.ToDictionary(l => l, l => LayoutBuilder.SharedBy(model, theme, l));

    public SiteModel Model => model;

    /// <summary>The photos pages show, as this run read them.</summary>
    public Pictures.PictureCatalog Pictures => _markdown.Links.Pictures;

    public Theme Theme => theme;

    /// <summary>A page that rendered, and what its narrative's links reach: the parks (a change there must re-render
    /// it), the files of content/ (their coming and going too) and the files it publishes under /media/. Its HTML is
    /// written out at once and not kept: a large site never holds all its pages in memory.</summary>
    public sealed record RenderedPage(Page Page, IReadOnlyCollection<string> LinkedParks, IReadOnlyCollection<string> LinkedFiles, IReadOnlyCollection<KeyValuePair<string, string>> Media);

    /// <summary>The order a build renders its pages in: the parks' pages (every language), then the pages about the whole
    /// site (home, directory, comparisons, search, data, 404). The output is the same in any order; the order only
    /// decides how soon each kind of page first renders. That matters under the JIT (`dotnet run`, the preview; the
    /// release binary is compiled ahead of time and has no such warm-up), because the runtime recompiles hot code with
    /// full optimization on one background thread, and pauses that work for as long as code that never ran keeps
    /// turning up (its tiering delay: 100 ms after the last newcomer). In the model's order each rendering thread
    /// began with the comparison pages, half a second of one kind of page, and met narratives, charts and bulletins
    /// only then, so the optimizing stood still for the first second of rendering (1000 parks x 10 years). Parallel
    /// rendering splits the list in ranges, one per thread: on a large site, whose own pages are a few dozen beside
    /// thousands of parks' pages, each thread now starts on parks' pages (the first in the default language, the
    /// second in the next), so every kind of park page has run within milliseconds.</summary>
    public static IReadOnlyList<Page> RenderOrder(IEnumerable<Page> pages)
    {
        var all = pages as IReadOnlyCollection<Page> ?? pages.ToList();
        var order = new List<Page>(all.Count);
        order.AddRange(all.Where(p => !p.Key.IsSitePage));
        order.AddRange(all.Where(p => p.Key.IsSitePage));
        return order;
    }

    /// <summary>Renders and writes <paramref name="pages"/> in parallel, each worker thread with its own page
    /// buffer; each page reports into the bag the caller gives for it (the preview keeps one per page, to clear
    /// it when the page is fixed). A page's bytes depend only on the model, never on the thread or the order.
    /// <paramref name="made"/> is told of each page written, on the thread that made it, once its bag is complete:
    /// what the caller records of a page is done beside the rendering, not after the last page.</summary>
    /// <returns>How many pages were written.</returns>
    public int WritePages(IEnumerable<Page> pages, ISiteOutput output, Func<Page, DiagnosticBag> diagnosticsFor, Action<RenderedPage> made, CancellationToken cancel = default)
    {
        var written = 0;
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism, CancellationToken = cancel }, () => new PageBuffer(), (page, _, buffer) =>
        {
            if (RenderPage(page, buffer, diagnosticsFor(page)) is { } result)
            {
                output.Write(UrlScheme.OutputFile(page.Path), buffer.Utf8());
                made(result);
                Interlocked.Increment(ref written);
            }

            return buffer;
        }, buffer => buffer.Dispose());
        return written;
    }

    /// <summary>How many pages render at once: all processors by default (-1).</summary>
    public int MaxParallelism { get; init; } = -1;

    public void WriteRedirect(ISiteOutput output, DiagnosticBag diagnostics)
    {
        var language = model.Site.DefaultLanguage;
        var path = UrlScheme.PathOf(PageKey.Home, language);
        var view = new RedirectView
        {
            HtmlLang = language.HtmlLang,
            Target = model.Urls.Href(path),
            Canonical = model.Urls.Absolute(path),
            T = theme.Strings[language],
        };
        using var buffer = new PageBuffer();
        if (Apply("redirect", view, buffer, diagnostics))
        {
            output.Write("index.html", buffer.Utf8());
        }
    }

    /// <summary>/404.html: the default language's "not found" page, for hosts that look for it at the root. Its
    /// problems are that page's, reported where it is rendered.</summary>
    public void WriteRootNotFound(ISiteOutput output)
    {
        var notFound = model.SitePagesIn(model.Site.DefaultLanguage).FirstOrDefault(p => p.Key.Kind == PageKind.NotFound);
        using var buffer = new PageBuffer();
        if (notFound is not null && RenderPage(notFound, buffer, new DiagnosticBag()) is not null)
        {
            output.Write("404.html", buffer.Utf8());
        }
    }

    public void WriteAssets(ISiteOutput output)
    {
        foreach (var asset in theme.Assets)
        {
            output.CopyFile(UrlScheme.OutputFile(asset.SitePath), asset.SourcePath);
        }
    }

    /// <summary>Copies the files narratives link to (pictures), as far as rendering has found them.</summary>
    public void WriteMedia(ISiteOutput output)
    {
        var media = _markdown.Links.Media.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        foreach (var (sitePath, source) in media)
        {
            output.CopyFile(UrlScheme.OutputFile(sitePath), source);
        }
    }

    /// <summary>Renders <paramref name="page"/> into <paramref name="buffer"/> (cleared first); null when its template failed.</summary>
    public RenderedPage? RenderPage(Page page, PageBuffer buffer, DiagnosticBag diagnostics)
    {
        var pictures = new Pictures.PagePictures(_markdown.Links.Pictures, model.Content.ContentDir, model.Urls.Href, diagnostics);
        var context = new ViewContext(model, theme, page, _layouts[page.Language], pictures);
        var narrative = page.Document is { } document ? _markdown.Render(document, diagnostics) : MarkdownRenderer.Rendered.Nothing;
        var kind = _kinds[page.Key.Kind];
        if (!Apply(kind.Layout, kind.BuildView(context, narrative.Html), buffer, diagnostics))
        {
            return null;
        }

        return pictures.Files.Count == 0 ? new RenderedPage(page, narrative.LinkedParks, narrative.LinkedFiles, narrative.Media)
            : new RenderedPage(page, narrative.LinkedParks, [.. narrative.LinkedFiles.Union(pictures.Files, StringComparer.Ordinal)],
                [.. narrative.Media.UnionBy(pictures.Media, m => m.Key, StringComparer.Ordinal)]);
    }

    private bool Apply(string layout, object view, PageBuffer buffer, DiagnosticBag diagnostics)
    {
        buffer.Clear();
        try
        {
            theme.Templates.Render(layout, view, buffer);
            return true;
        }
        catch (TemplateException e)
        {
            diagnostics.Error("template-error", new SourceLocation(e.File, e.Line, e.Column), "the template failed: " + e.Message,
                hint: "a template may only use the values its layout receives: the README's section for theme authors lists them");
            return false;
        }
    }
}
