namespace ParkSiteGen.Site;

public enum PageKind
{
    Home,
    Directory,
    Profile,
    Bulletin,
}

/// <summary>A page independent of its language: the thing translations are translations of.</summary>
public sealed record PageKey(PageKind Kind, string? Slug = null, int? Year = null)
{
    public static readonly PageKey Home = new(PageKind.Home);
    public static readonly PageKey Directory = new(PageKind.Directory);

    public static PageKey Profile(string slug) => new(PageKind.Profile, slug);

    public static PageKey Bulletin(string slug, int year) => new(PageKind.Bulletin, slug, year);
}
