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

    /// <summary>The file a folder is served from: a site path ending in '/' is a folder ("/zh/parks/x/").</summary>
    public const string FolderIndex = "index.html";

    private const string FolderIndexInFolder = "/" + FolderIndex;

    /// <summary>"/zh/parks/x/" -> "zh/parks/x/index.html", relative to the output folder.</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.EndsWith('/') ? sitePath.TrimStart('/') + FolderIndex : sitePath.TrimStart('/');

    /// <summary>"zh/parks/x/index.html" -> "/zh/parks/x/": the site path of an output file, as the browser's address bar
    /// shows it (the inverse of <see cref="OutputFile"/>).</summary>
    public static string SitePathOf(string outputFile) =>
        "/" + (outputFile == FolderIndex || outputFile.EndsWith(FolderIndexInFolder, StringComparison.Ordinal) ? outputFile[..^FolderIndex.Length] : outputFile);

    /// <summary>The slug of the park a page belongs to, read from its site path as <see cref="PathOf"/> makes it
    /// ("/zh/parks/x/" and "/zh/parks/x/2021/" -> "x"); null for a page about no one park, or a file.</summary>
    public static string? ParkSlugOf(string sitePath)
    {
        var parts = sitePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return sitePath.EndsWith('/') && parts.Length >= 3 && parts[1] == "parks" ? parts[2] : null;
    }

    /// <summary>Pictures and files linked from Markdown keep their content path under /media/.</summary>
    public static string MediaPath(string contentRelativePath) => "/media/" + contentRelativePath;
}
