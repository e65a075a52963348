using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>Builds the parts every page shares: title, canonical and hreflang links, the language switcher,
/// navigation, breadcrumbs, translation notice and footer.</summary>
public static class LayoutBuilder
{
    /// <summary>What is the same on every page of a language: made once per language, not for each of a large site's
    /// hundred thousand pages.</summary>
    public sealed record Shared(string SiteTitle, string? SiteDescription, string HomeHref, string DirectoryHref, string IndicatorsHref, string DataHref,
        IReadOnlyList<string> Stylesheets, IReadOnlyList<string> HeadScripts, FooterView Footer, string SearchAction, LinkView Feed);

    public static Shared SharedBy(SiteModel model, Theme theme, Language language)
    {
        var s = theme.Strings[language];
        var siteTitle = model.Text(model.Site.Title, language);
        string Href(PageKey key) => model.Urls.Href(UrlScheme.PathOf(key, language));
        return new Shared(
            siteTitle,
            model.Site.Description is { } d ? model.Text(d, language) : null,
            Href(PageKey.Home), Href(PageKey.Directory), Href(PageKey.IndicatorIndex), Href(PageKey.Data),
            theme.Assets.Where(a => a.IsStylesheet).Select(a => model.Urls.Href(a.SitePath)).ToList(),
            theme.Assets.Where(a => a.IsHeadScript).Select(a => model.Urls.Href(a.SitePath)).ToList(),
            Footer(model, s, language),
            Href(PageKey.Search),
            new LinkView(s.Format("feed_title", ("site", siteTitle)), model.Urls.Href(UrlScheme.FeedPath(language))));
    }

    public static PageView Build(ViewContext context, string heading, IReadOnlyList<LinkView> breadcrumbs, string? description = null)
    {
        var model = context.Model;
        var page = context.Page;
        var s = context.S;
        var shared = context.Layout;
        var siteTitle = shared.SiteTitle;
        var available = model.LanguagesOf(page.Key);
        return new PageView
        {
            HtmlLang = page.Language.HtmlLang,
            Title = page.Key == PageKey.Home ? siteTitle : $"{heading} - {siteTitle}",
            Heading = heading,
            SiteTitle = siteTitle,
            HomeHref = shared.HomeHref,
            Description = description ?? shared.SiteDescription,
            Canonical = model.Urls.Absolute(page.Path),
            Alternates = model.AlternatesOf(page.Key).Versions is { Count: > 0 } versions ? versions.Select(v => new AlternateView(v.HrefLang, v.Href)).ToList() : [],
            LanguageOptions = model.Languages.Select(l => LanguageOption(context, l, available)).ToList(),
            Nav =
            [
                new LinkView(s["nav_home"], shared.HomeHref, page.Key == PageKey.Home),
                new LinkView(s["nav_parks"], shared.DirectoryHref, page.Key.Kind is PageKind.Directory or PageKind.Profile or PageKind.Bulletin),
                new LinkView(s["nav_indicators"], shared.IndicatorsHref, page.Key.Kind is PageKind.IndicatorIndex or PageKind.Indicator),
                new LinkView(s["nav_data"], shared.DataHref, page.Key.Kind == PageKind.Data),
            ],
            Breadcrumbs = breadcrumbs,
            Stylesheets = shared.Stylesheets,
            IsDraft = page.IsDraft,
            TranslationNotice = TranslationNotice(context, available),
            Footer = shared.Footer,
            T = s,
            SearchAction = shared.SearchAction,
            HeadScripts = shared.HeadScripts,
            Feed = shared.Feed,
            OpenGraph = new OpenGraphView(page.Key.Kind == PageKind.Bulletin ? "article" : "website", heading, description ?? shared.SiteDescription,
                model.Urls.Absolute(page.Path), siteTitle, OpenGraphLocale(page.Language), available.Where(l => l != page.Language).Select(OpenGraphLocale).ToList()),
            IsIndexed = page.Key.Kind is PageKind.Profile or PageKind.Bulletin,
        };
    }

    private static string OpenGraphLocale(Language language) => language.IsChinese ? "zh_CN" : "en_US";

    /// <summary>The switcher leads to the same page in the other language; where that page does not exist, to
    /// the nearest page above it that does, with a note in that language saying so.</summary>
    private static LanguageOptionView LanguageOption(ViewContext context, Language language, IReadOnlyList<Language> available)
    {
        var strings = context.Theme.Strings[language];
        var current = language == context.Language;
        var key = context.Page.Key;
        if (available.Contains(language))
        {
            return new LanguageOptionView(strings["language_name"], context.Model.Urls.Href(UrlScheme.PathOf(key, language)), language.HtmlLang, current, null);
        }

        var fallback = Ancestors(key).First(k => context.Model.LanguagesOf(k).Contains(language));
        return new LanguageOptionView(strings["language_name"], context.Model.Urls.Href(UrlScheme.PathOf(fallback, language)), language.HtmlLang, false,
            strings["translation_missing"]);
    }

    private static IEnumerable<PageKey> Ancestors(PageKey key)
    {
        if (key.Kind == PageKind.Bulletin)
        {
            yield return PageKey.Profile(key.Slug!);
        }

        if (key.Kind is PageKind.Bulletin or PageKind.Profile)
        {
            yield return PageKey.Directory;
        }

        yield return PageKey.Home;
    }

    /// <summary>Pages not in the default language say that the default language's text prevails, and link to it.</summary>
    private static TranslationNoticeView? TranslationNotice(ViewContext context, IReadOnlyList<Language> available)
    {
        var original = context.Model.Site.DefaultLanguage;
        if (context.Language == original || string.IsNullOrEmpty(context.S["translation_notice"]))
        {
            return null;
        }

        var source = available.Contains(original)
            ? new LinkView(context.S["translation_source"], context.Model.Urls.Href(UrlScheme.PathOf(context.Page.Key, original)), HrefLang: original.HtmlLang)
            : null;
        return new TranslationNoticeView(context.S.Format("translation_notice", ("language", context.S["lang_" + original.Code])), source);
    }

    /// <summary>Government footer items appear only when site.yml provides them: never invented.</summary>
    private static FooterView Footer(SiteModel model, UiStrings s, Language language)
    {
        var site = model.Site;
        var organization = site.Organization is { } o ? s.Format("footer_organization", ("organization", model.Text(o, language))) : null;
        var icp = string.IsNullOrWhiteSpace(site.Footer.Icp) ? null : new LinkView(site.Footer.Icp, "https://beian.miit.gov.cn/");
        var security = string.IsNullOrWhiteSpace(site.Footer.PublicSecurity)
            ? null
            : new LinkView(site.Footer.PublicSecurity,
                "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + new string(site.Footer.PublicSecurity.Where(char.IsAsciiDigit).ToArray()));
        var siteCode = string.IsNullOrWhiteSpace(site.Footer.SiteCode) ? null : s.Format("footer_site_code", ("code", site.Footer.SiteCode));
        return new FooterView(organization, icp, security, siteCode, s["footer_generator"]);
    }
}
