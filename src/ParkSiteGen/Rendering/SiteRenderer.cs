using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering.Markdown;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering;

/// <summary>Stage 3: renders every page of the model through the theme and writes it, with the theme's assets
/// and the files narratives link to. Pages are independent, so they render in parallel; each page's bytes
/// depend only on the input, so the output is the same whatever the order.</summary>
public static class SiteRenderer
{
    /// <returns>The number of files written.</returns>
    public static int Render(SiteModel model, Theme theme, OutputFolder output, DiagnosticBag diagnostics)
    {
        var links = new LinkResolver(model);
        var markdown = new MarkdownRenderer(MarkdownPipelines.For(model.Site.AllowHtml), links);
        Parallel.ForEach(model.Pages, page =>
        {
            var html = RenderPage(model, theme, markdown, page, diagnostics);
            if (html is not null)
            {
                output.WriteText(UrlScheme.OutputFile(page.Path), html);
            }
        });

        var redirect = RenderRedirect(model, theme, diagnostics);
        if (redirect is not null)
        {
            output.WriteText("index.html", redirect);
        }

        foreach (var asset in theme.Assets)
        {
            output.CopyFile(UrlScheme.OutputFile(asset.SitePath), asset.SourcePath);
        }

        foreach (var (sitePath, source) in links.Media.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            output.CopyFile(UrlScheme.OutputFile(sitePath), source);
        }

        return model.Pages.Count + 1 + theme.Assets.Count + links.Media.Count;
    }

    private static string? RenderPage(SiteModel model, Theme theme, MarkdownRenderer markdown, Page page, DiagnosticBag diagnostics)
    {
        var context = new ViewContext(model, theme, page);
        var narrative = page.Document is { } document ? markdown.Render(document, diagnostics) : null;
        (string Layout, object View) view = page.Key.Kind switch
        {
            PageKind.Home => ("home", HomeViewBuilder.Build(context)),
            PageKind.Directory => ("directory", DirectoryViewBuilder.Build(context)),
            PageKind.Profile => ("profile", ProfileViewBuilder.Build(context, narrative)),
            PageKind.Bulletin => ("bulletin", BulletinViewBuilder.Build(context, narrative)),
            _ => throw new ArgumentOutOfRangeException(nameof(page), page.Key.Kind, null),
        };
        return Apply(theme, view.Layout, view.View, diagnostics);
    }

    /// <summary>The site root sends readers to the default language (Netlify refines this by Accept-Language).</summary>
    private static string? RenderRedirect(SiteModel model, Theme theme, DiagnosticBag diagnostics)
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
        return Apply(theme, "redirect", view, diagnostics);
    }

    private static string? Apply(Theme theme, string layout, object view, DiagnosticBag diagnostics)
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
