namespace ParkSiteGen.Model;

public sealed record FooterConfig(string? Icp, string? PublicSecurity, string? SiteCode);

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
}

/// <summary>Everything read from content/: the input of the site model.</summary>
public sealed record ContentSet(SiteConfig Site, IReadOnlyList<Indicator> Indicators, IReadOnlyList<Park> Parks, string ContentDir);
