using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Views;

/// <summary>What every page's layout shows: head, header, language switcher, footer. Every string is final;
/// the template escapes and places it.</summary>
[TemplateModel]
public partial class PageView
{
    public PageView()
    {
    }

    /// <summary>A page view starts as a copy of the layout the layout builder made.</summary>
    protected PageView(PageView layout)
    {
        HtmlLang = layout.HtmlLang;
        Title = layout.Title;
        Heading = layout.Heading;
        SiteTitle = layout.SiteTitle;
        HomeHref = layout.HomeHref;
        Description = layout.Description;
        Canonical = layout.Canonical;
        Alternates = layout.Alternates;
        LanguageOptions = layout.LanguageOptions;
        Nav = layout.Nav;
        Breadcrumbs = layout.Breadcrumbs;
        Stylesheets = layout.Stylesheets;
        IsDraft = layout.IsDraft;
        TranslationNotice = layout.TranslationNotice;
        Footer = layout.Footer;
        T = layout.T;
        SearchAction = layout.SearchAction;
        HeadScripts = layout.HeadScripts;
        Feed = layout.Feed;
        OpenGraph = layout.OpenGraph;
        IsIndexed = layout.IsIndexed;
    }

    public string HtmlLang { get; init; } = "";

    /// <summary>The document title (&lt;title&gt;).</summary>
    public string Title { get; init; } = "";

    /// <summary>The page's h1.</summary>
    public string Heading { get; init; } = "";

    public string SiteTitle { get; init; } = "";

    public string HomeHref { get; init; } = "";

    public string? Description { get; init; }

    public string Canonical { get; init; } = "";

    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    public IReadOnlyList<LanguageOptionView> LanguageOptions { get; init; } = [];

    public IReadOnlyList<LinkView> Nav { get; init; } = [];

    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    public IReadOnlyList<string> Stylesheets { get; init; } = [];

    public bool IsDraft { get; init; }

    public TranslationNoticeView? TranslationNotice { get; init; }

    public FooterView Footer { get; init; } = new(null, null, null, null, "");

    /// <summary>Where the header's search form goes: this language's search page.</summary>
    public string SearchAction { get; init; } = "";

    /// <summary>Small scripts the head loads before the page paints (the reading-mode preference).</summary>
    public IReadOnlyList<string> HeadScripts { get; init; } = [];

    /// <summary>The Atom feed of this language's bulletins.</summary>
    public LinkView? Feed { get; init; }

    public OpenGraphView? OpenGraph { get; init; }

    /// <summary>Whether the search index takes this page (profiles and bulletins: where readers want to land).</summary>
    public bool IsIndexed { get; init; }

    /// <summary>The theme's interface texts in the page's language: {{ page.t.key }}.</summary>
    public Templates.UiStrings T { get; init; } = Templates.UiStrings.None;
}

[TemplateModel]
public sealed partial record AlternateView(string HrefLang, string Href);

/// <summary>Open Graph: how the page looks when shared.</summary>
[TemplateModel]
public sealed partial record OpenGraphView(string Type, string Title, string? Description, string Url, string SiteName, string Locale, IReadOnlyList<string> AlternateLocales);

/// <summary>An entry of the language switcher. When the page has no version in that language, the entry
/// leads to the nearest page that has one and says so (<see cref="Note"/>, in that language).</summary>
[TemplateModel]
public sealed partial record LanguageOptionView(string Label, string Href, string HrefLang, bool IsCurrent, string? Note);

/// <summary>A link. <see cref="HrefLang"/> and <see cref="LanguageNote"/> are set when it leads to a page in
/// another language than the reader's (a missing translation), so the reader is told before following it;
/// <see cref="LabelLang"/> when the label itself is in that other language (a title shown untranslated).</summary>
[TemplateModel]
public sealed partial record LinkView(string Label, string Href, bool IsCurrent = false, string? HrefLang = null, string? LanguageNote = null, string? LabelLang = null);

[TemplateModel]
public sealed partial record TranslationNoticeView(string Text, LinkView? Source);

[TemplateModel]
public sealed partial record FooterView(string? Organization, LinkView? Icp, LinkView? PublicSecurity, string? SiteCode, string Generator);

[TemplateModel]
public sealed partial class RedirectView
{
    public required string HtmlLang { get; init; }

    public required string Target { get; init; }

    public required string Canonical { get; init; }

    public required Templates.UiStrings T { get; init; }
}
