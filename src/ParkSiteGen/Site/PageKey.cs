namespace ParkSiteGen.Site;

public enum PageKind
{
    Home,
    Directory,
    Profile,
    Bulletin,
    IndicatorIndex,
    Indicator,
    Search,
    Data,
    NotFound,
}

/// <summary>A page independent of its language: the thing translations are translations of.
/// <see cref="Slug"/> is the park's slug, or the indicator's key for an indicator page.</summary>
public sealed record PageKey(PageKind Kind, string? Slug = null, int? Year = null)
{
    public static readonly PageKey Home = new(PageKind.Home);
    public static readonly PageKey Directory = new(PageKind.Directory);
    public static readonly PageKey IndicatorIndex = new(PageKind.IndicatorIndex);
    public static readonly PageKey Search = new(PageKind.Search);
    public static readonly PageKey Data = new(PageKind.Data);
    public static readonly PageKey NotFound = new(PageKind.NotFound);

    /// <summary>Pages every language has, whatever the content: not about one park.</summary>
    public bool IsSitePage => Kind is not (PageKind.Profile or PageKind.Bulletin);

    public static PageKey Indicator(string key) => new(PageKind.Indicator, key);

    public static PageKey Profile(string slug) => new(PageKind.Profile, slug);

    public static PageKey Bulletin(string slug, int year) => new(PageKind.Bulletin, slug, year);
}
