using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering.Markdown;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering;

/// <summary>Stage 3: renders pages of the model through the theme into an output, with the theme's assets and
/// the files narratives link to. Pages are independent, so they render in parallel; each page's bytes depend only
/// on the input, so the output is the same whatever the order. The preview re-renders just the pages an edit
/// affects through <see cref="WritePages"/>.</summary>
public sealed class SiteRenderer(SiteModel model, Theme theme)
{
    private readonly MarkdownRenderer _markdown = new(MarkdownPipelines.For(model.Site.AllowHtml), new LinkResolver(model));

    public SiteModel Model => model;

    public Theme Theme => theme;

    /// <summary>One rendered page, and the parks its narrative links to (a change there must re-render it).</summary>
    public sealed record RenderedPage(Page Page, string Html, IReadOnlyCollection<string> LinkedParks);

    /// <summary>The whole site: every page, the root redirect, assets and linked files. Returns the file count.</summary>
    public int WriteAll(ISiteOutput output, DiagnosticBag diagnostics)
    {
        WritePages(model.Pages, output, _ => diagnostics);
        WriteRedirect(output, diagnostics);
        WriteAssets(output);
        WriteSiteFiles(output);
        return model.Pages.Count + 1 + theme.Assets.Count + WriteMedia(output) + SiteFileCount;
    }

    private int SiteFileCount => (model.Languages.Count * 2) + 2 + 1 + ((model.Parks.Count + 1) * 2);

    /// <summary>The files that are not pages: feeds, sitemap, robots.txt, the open data, and /404.html (a copy of the
    /// default language's, for hosts that look for it at the root).</summary>
    public void WriteSiteFiles(ISiteOutput output)
    {
        Discovery.AtomFeed.Write(model, output);
        Discovery.Sitemap.Write(model, output);
        OpenData.DataFiles.Write(model, output);
        var notFound = model.Pages.FirstOrDefault(p => p.Key.Kind == PageKind.NotFound && p.Language == model.Site.DefaultLanguage);
        if (notFound is not null && RenderPage(notFound, new DiagnosticBag()) is { } page)
        {
            output.WriteText("404.html", page.Html);
        }
    }

    /// <summary>Renders and writes <paramref name="pages"/> in parallel; each page reports into the bag the
    /// caller gives for it (the preview keeps one per page, to clear it when the page is fixed).</summary>
    public IReadOnlyList<RenderedPage> WritePages(IEnumerable<Page> pages, ISiteOutput output, Func<Page, DiagnosticBag> diagnosticsFor)
    {
        var rendered = new System.Collections.Concurrent.ConcurrentBag<RenderedPage>();
        Parallel.ForEach(pages, page =>
        {
            if (RenderPage(page, diagnosticsFor(page)) is { } result)
            {
                output.WriteText(UrlScheme.OutputFile(page.Path), result.Html);
                rendered.Add(result);
            }
        });
        return [.. rendered];
    }

    public void WriteRedirect(ISiteOutput output, DiagnosticBag diagnostics)
    {
        var language = model.Site.DefaultLanguage;
        var path = UrlScheme.PathOf(PageKey.Home, language);
        var view = new RedirectView
        {
            HtmlLang = language.HtmlLang,
            Target = model.Urls.Href(path),
            Canonical = model.Urls.Absolute(path),
            T = theme.Strings[language].All,
        };
        if (Apply("redirect", view, diagnostics) is { } html)
        {
            output.WriteText("index.html", html);
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
    public int WriteMedia(ISiteOutput output)
    {
        var media = _markdown.Links.Media.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        foreach (var (sitePath, source) in media)
        {
            output.CopyFile(UrlScheme.OutputFile(sitePath), source);
        }

        return media.Count;
    }

    public RenderedPage? RenderPage(Page page, DiagnosticBag diagnostics)
    {
        var context = new ViewContext(model, theme, page);
        var narrative = page.Document is { } document ? _markdown.Render(document, diagnostics) : null;
        (string Layout, object View) view = page.Key.Kind switch
        {
            PageKind.Home => ("home", HomeViewBuilder.Build(context)),
            PageKind.Directory => ("directory", DirectoryViewBuilder.Build(context)),
            PageKind.Profile => ("profile", ProfileViewBuilder.Build(context, narrative?.Html)),
            PageKind.Bulletin => ("bulletin", BulletinViewBuilder.Build(context, narrative?.Html)),
            PageKind.IndicatorIndex => ("indicators", Comparisons.IndicatorViewBuilders.BuildIndex(context)),
            PageKind.Indicator => ("indicator", Comparisons.IndicatorViewBuilders.Build(context)),
            PageKind.Search => ("search", Search.SearchPageViewBuilder.Build(context)),
            PageKind.Data => ("data", OpenData.DataPageViewBuilder.Build(context)),
            PageKind.NotFound => ("404", Search.SearchPageViewBuilder.BuildNotFound(context)),
            _ => throw new ArgumentOutOfRangeException(nameof(page), page.Key.Kind, null),
        };
        return Apply(view.Layout, view.View, diagnostics) is { } html
            ? new RenderedPage(page, html, narrative?.LinkedParks ?? [])
            : null;
    }

    private string? Apply(string layout, object view, DiagnosticBag diagnostics)
    {
        try
        {
            using var writer = new StringWriter();
            theme.LayoutTemplates[layout].Render(writer, view);
            return writer.ToString();
        }
        catch (TemplateException e)
        {
            diagnostics.Error("template-error", new SourceLocation(e.File, e.Line, e.Column), "the template failed: " + e.Message,
                hint: "a template may only use the values of its view model; see the default theme for their names");
            return null;
        }
    }
}
