namespace ParkSiteGen.Model;

public sealed record FooterConfig(string? Icp, string? PublicSecurity, string? SiteCode);

/// <summary>site.yml's photos: the widths each photo is published at, the quality of its lossy files, and whether
/// it is also made as AVIF.</summary>
public sealed record PhotoSettings(IReadOnlyList<int> Widths, int Quality, bool Avif = false)
{
    public static readonly PhotoSettings Default = new([480, 960, 1600], 75);
}

/// <summary>site.yml. <see cref="Languages"/>[0] is the default language.</summary>
public sealed record SiteConfig(
    Localized Title,
    Localized? Description,
    Uri BaseUrl,
    IReadOnlyList<Language> Languages,
    string Theme,
    bool AllowHtml,
    Localized? Organization,
    FooterConfig Footer)
{
    public Language DefaultLanguage => Languages[0];

    public PhotoSettings Photos { get; init; } = PhotoSettings.Default;
}

/// <summary>Everything read from content/: the input of the site model.</summary>
public sealed record ContentSet(SiteConfig Site, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Park> Parks, string ContentDir);
