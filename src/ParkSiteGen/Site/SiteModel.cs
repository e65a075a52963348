using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>A published year of a park, with the figures derived for it.</summary>
public sealed record YearEntry(
    YearReport Report,
    IReadOnlyList<Language> Languages,
    IReadOnlyDictionary<string, decimal> ComputedGrowth,
    IReadOnlyList<TargetComparison> TargetsForThisYear)
{
    public int Year => Report.Year;
}

/// <summary>A published park: its published years in ascending order and the languages of its profile.</summary>
public sealed record ParkEntry(Park Park, IReadOnlyList<Language> Languages, IReadOnlyList<YearEntry> Years)
{
    public string Slug => Park.Slug;

    public YearEntry? Latest => Years.Count > 0 ? Years[^1] : null;
}

/// <summary>One output page in one language.</summary>
public sealed record Page(PageKey Key, Language Language, string Path, ParkEntry? Park, YearEntry? Year, Document? Document, bool IsDraft);

/// <summary>Stage 2's result: every page the site has, in which languages, and at which URL.
/// Rendering asks it for links, so a link to a missing translation leads to the language that exists.</summary>
public sealed class SiteModel(ContentSet content, UrlScheme urls, IReadOnlyList<ParkEntry> parks, IReadOnlyList<Page> pages,
    IReadOnlyDictionary<PageKey, IReadOnlyList<Language>> translations, IReadOnlyList<Indicator> headlineIndicators)
{
    public ContentSet Content => content;

    public SiteConfig Site => content.Site;

    public IReadOnlyList<Language> Languages => content.Site.Languages;

    public UrlScheme Urls => urls;

    public IReadOnlyList<ParkEntry> Parks => parks;

    public IReadOnlyList<Page> Pages => pages;

    public IReadOnlyList<Indicator> HeadlineIndicators => headlineIndicators;

    public IReadOnlyList<Language> LanguagesOf(PageKey key) => translations.TryGetValue(key, out var l) ? l : [];

    /// <summary>Languages to fall back to for localized text: the default language first.</summary>
    public IReadOnlyList<Language> Fallbacks => Languages;

    /// <summary>The link to <paramref name="key"/> for a reader of <paramref name="preferred"/>: that language's
    /// page if it exists, else the page in the first language that has it; null if it is not published at all.</summary>
    public (string Href, Language Language)? Link(PageKey key, Language preferred)
    {
        var available = LanguagesOf(key);
        if (available.Count == 0)
        {
            return null;
        }

        var language = available.Contains(preferred) ? preferred : available[0];
        return (urls.Href(UrlScheme.PathOf(key, language)), language);
    }

    public string Text(Localized text, Language language) => text.Get(language, Fallbacks);
}
