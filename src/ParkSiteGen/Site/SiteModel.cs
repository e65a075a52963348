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

    // Compared by identity (see Park).
    public bool Equals(YearEntry? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>A published park: its published years in ascending order and the languages of its profile.</summary>
public sealed record ParkEntry(Park Park, IReadOnlyList<Language> Languages, IReadOnlyList<YearEntry> Years)
{
    public string Slug => Park.Slug;

    public YearEntry? Latest => Years.Count > 0 ? Years[^1] : null;

    // Compared by identity (see Park): parks are keys of rankings and lookups.
    public bool Equals(ParkEntry? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>What <see cref="SiteModelBuilder.BuildPark"/> makes of one park: its entry, its pages in every
/// language, which languages each of its pages exists in, and its translation gaps.</summary>
public sealed record ParkPart(ParkEntry Entry, IReadOnlyList<Page> Pages, IReadOnlyDictionary<PageKey, IReadOnlyList<Language>> Translations, IReadOnlyList<Diagnostics.Diagnostic> Gaps);

/// <summary>One output page in one language.</summary>
public sealed record Page(PageKey Key, Language Language, string Path, ParkEntry? Park, YearEntry? Year, Document? Document, bool IsDraft);

/// <summary>Stage 2's result: every page the site has, in which languages, and at which URL.
/// Rendering asks it for links, so a link to a missing translation leads to the language that exists.</summary>
/// <param name="sitePages">The pages about the whole site (home, directory, comparisons...), as the page kinds
/// registered with the build declare them; each is published in every language.</param>
public sealed class SiteModel(ContentSet content, UrlScheme urls, IReadOnlyList<ParkPart> parts, IReadOnlyList<Indicator> headlineIndicators,
    Func<SiteModel, IEnumerable<PageKey>> sitePages)
{
    private IReadOnlyList<PageKey>? _siteKeys;
    private HashSet<PageKey>? _siteKeySet;
    private IReadOnlyList<Page>? _pages;
    private readonly Dictionary<string, ParkPart> _bySlug = parts.ToDictionary(p => p.Entry.Slug, StringComparer.Ordinal);

    public ContentSet Content => content;

    public SiteConfig Site => content.Site;

    public IReadOnlyList<Language> Languages => content.Site.Languages;

    public UrlScheme Urls => urls;

    public IReadOnlyList<ParkEntry> Parks { get; } = parts.Select(p => p.Entry).ToList();

    public IReadOnlyList<ParkPart> Parts => parts;

    public ParkPart? PartOf(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>A park's page by its site path, found through its park (no index of every page is needed); null for
    /// any other path.</summary>
    public Page? ParkPageAt(string sitePath) =>
        UrlScheme.ParkSlugOf(sitePath) is { } slug ? PartOf(slug)?.Pages.FirstOrDefault(p => p.Path == sitePath) : null;

    private List<Page> BuildPageList()
    {
        var pages = new List<Page>(parts.Sum(p => p.Pages.Count) + (Languages.Count * 32));
        foreach (var language in Languages)
        {
            pages.AddRange(SitePagesIn(language));
            foreach (var part in parts)
            {
                pages.AddRange(part.Pages.Where(p => p.Language == language));
            }
        }

        return pages;
    }


    /// <summary>Every page: per language, home, directory, then each park's pages.</summary>
    public IReadOnlyList<Page> Pages => _pages ??= BuildPageList();

    /// <summary>Indicators with at least one published figure: each has a comparison page.</summary>
    public IReadOnlyList<Indicator> ComparedIndicators => _compared ??= content.Indicators
        .Where(i => parts.Any(p => p.Entry.Years.Any(y => y.Report.Indicators.Concat(y.Report.Targets).Any(f => f.Indicator == i))))
        .ToList();

    private IReadOnlyList<Indicator>? _compared;

    /// <summary>Every indicator's figures across the parks, ranked: made when a comparison page first asks, once for the
    /// model (its tables each arranged once, for the pages of every language).</summary>
    public Rankings Rankings => _rankings ?? LazyInitializer.EnsureInitialized(ref _rankings, () => new Rankings(Parks));

    private Rankings? _rankings;

    /// <summary>The pages about the whole site, each in every language.</summary>
    public IReadOnlyList<PageKey> SiteKeys => _siteKeys ??= sitePages(this).ToList();

    /// <summary>The pages about the whole site, in one language.</summary>
    public IEnumerable<Page> SitePagesIn(Language language) =>
        SiteKeys.Select(key => new Page(key, language, UrlScheme.PathOf(key, language), null, null, null, false));

    public Indicator? IndicatorOf(string key) => content.Indicators.FirstOrDefault(i => i.Key == key);

    public IReadOnlyList<Indicator> HeadlineIndicators => headlineIndicators;

    /// <summary>The languages <paramref name="key"/> is published in (none when it is not published).</summary>
    public IReadOnlyList<Language> LanguagesOf(PageKey key) =>
        key.IsSitePage
            ? ((_siteKeySet ??= [.. SiteKeys]).Contains(key) ? Languages : [])
            : key.Slug is { } slug && _bySlug.TryGetValue(slug, out var part) && part.Translations.TryGetValue(key, out var languages) ? languages : [];

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

        var language = LanguageFor(available, preferred);
        return (urls.Href(UrlScheme.PathOf(key, language)), language);
    }

    /// <summary>The version of a page a reader of <paramref name="preferred"/> gets: that language's when it exists, else
    /// the first language the page has.</summary>
    private static Language LanguageFor(IReadOnlyList<Language> available, Language preferred) =>
        available.Contains(preferred) ? preferred : available[0];

    /// <summary>The hreflang alternates of <paramref name="key"/>, for the page's head and the sitemap.</summary>
    public PageAlternates AlternatesOf(PageKey key)
    {
        var available = LanguagesOf(key);
        if (available.Count <= 1)
        {
            return PageAlternates.None;
        }

        var versions = available.Select(l => new Alternate(l.HtmlLang, urls.Absolute(UrlScheme.PathOf(key, l)))).ToList();
        var xDefault = LanguageFor(available, Site.DefaultLanguage).HtmlLang;
        return new PageAlternates(versions, versions.Find(v => v.HrefLang == xDefault) with { HrefLang = "x-default" });
    }

    public string Text(Localized text, Language language) => text.Get(language, Fallbacks);
}
