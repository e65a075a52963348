using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>Where every page lives: the one place that builds URLs and output paths.
/// Site paths ("/zh/parks/x/") are relative to the site root; links in pages get the base URL's path in
/// front, so a site published under https://example.org/portal/ still links correctly.</summary>
public sealed class UrlScheme(Uri baseUrl)
{
    private readonly string _basePath = BasePath(baseUrl);

    /// <summary>"https://example.org/portal": what every absolute URL starts with (made once: a site has a hundred
    /// thousand of them, and <see cref="Uri.GetLeftPart"/> makes a new string each time).</summary>
    private readonly string _absoluteBase = baseUrl.GetLeftPart(UriPartial.Authority) + BasePath(baseUrl);

    /// <summary>"/portal" for https://example.org/portal/, "" for a site at the root.</summary>
    private static string BasePath(Uri baseUrl) => baseUrl.AbsolutePath.TrimEnd('/');

    public Uri BaseUrl => baseUrl;

    public static string PathOf(PageKey key, Language language) => key.Kind switch
    {
        PageKind.Home => $"/{language.Code}/",
        PageKind.Directory => $"/{language.Code}/parks/",
        PageKind.Profile => $"/{language.Code}/parks/{key.Slug}/",
        PageKind.Bulletin => $"/{language.Code}/parks/{key.Slug}/{key.Year}/",
        PageKind.IndicatorIndex => $"/{language.Code}/indicators/",
        PageKind.Indicator => $"/{language.Code}/indicators/{key.Slug}/",
        PageKind.Search => $"/{language.Code}/search/",
        PageKind.Data => $"/{language.Code}/data/",
        PageKind.NotFound => $"/{language.Code}/404.html",
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, null),
    };

    /// <summary>The Atom feed of a language's annual bulletins.</summary>
    public static string FeedPath(Language language) => $"/{language.Code}/feed.xml";

    public const string SitemapPath = "/sitemap.xml";

    public const string RobotsPath = "/robots.txt";

    /// <summary>Open data files: every figure of the site, or of one park ("figures.csv", "parks/x.json").</summary>
    public static string DataFile(string name) => "/data/" + name;

    public static string ParkDataFile(string slug, string extension) => DataFile($"parks/{slug}.{extension}");

    /// <summary>The href to write in a page for a site path.</summary>
    public string Href(string sitePath) => _basePath + sitePath;

    /// <summary>The absolute URL (canonical links, feeds, sitemaps).</summary>
    public string Absolute(string sitePath) => _absoluteBase + sitePath;

    /// <summary>"/zh/parks/x/" -> "zh/parks/x/index.html", relative to the output folder.</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + "index.html" : sitePath.TrimStart('/');

    /// <summary>Pictures and files linked from Markdown keep their content path under /media/.</summary>
    public static string MediaPath(string contentRelativePath) => "/media/" + contentRelativePath;
}
