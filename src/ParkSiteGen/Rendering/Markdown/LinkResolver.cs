using System.Collections.Concurrent;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>What a link or image in Markdown points to, decided without ever reading outside content/:
/// web addresses stay; site paths get the base path; a relative path to another narrative becomes that page's
/// URL; a relative path to a file (a picture) is published under /media/. Anything leaving content/ is an error.</summary>
public sealed class LinkResolver
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];
    private readonly string _contentDir;
    private readonly SiteModel _model;
    private readonly Dictionary<string, PageKey> _pagesByPath;
    private readonly ConcurrentDictionary<string, string> _media = new(StringComparer.Ordinal);

    public LinkResolver(SiteModel model)
    {
        _model = model;
        _contentDir = Path.GetFullPath(model.Content.ContentDir);
        _pagesByPath = IndexPages(model.Content);
    }

    /// <summary>Files to copy: site path under /media/ -> absolute source path.</summary>
    public IReadOnlyDictionary<string, string> Media => _media;

    public sealed record Result(string? Url, Diagnostic? Problem);

    public Result Resolve(string url, Document from, SourceLocation at, bool isImage)
    {
        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return new Result(url, null);
        }

        if (HasScheme(url, out var scheme))
        {
            return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase) || (isImage && scheme.Equals("data", StringComparison.OrdinalIgnoreCase))
                ? new Result(url, null)
                : Problem(at, "unsafe-link", $"the link uses the '{scheme}:' scheme, which the site does not publish", url,
                    "a web address (https://...), a site path (/zh/parks/) or a path to a file in content/",
                    scheme.Equals("file", StringComparison.OrdinalIgnoreCase) ? "link to a file inside content/ with a relative path, e.g. ../images/photo.jpg" : "remove the link");
        }

        if (url.StartsWith('/'))
        {
            return new Result(_model.Urls.Href(url), null);
        }

        if (url.Contains('\\') || (url.Length > 1 && url[1] == ':'))
        {
            return Problem(at, "link-outside-content", "the link is a Windows file path", url,
                "a relative path with '/' such as ../images/photo.jpg", "use forward slashes and a path relative to this file");
        }

        var (path, suffix) = SplitSuffix(url);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.FullPath)!, Uri.UnescapeDataString(path)));
        if (!IsInside(target, _contentDir))
        {
            return Problem(at, "link-outside-content", "the link leads outside the content folder", url,
                "a path to a file inside content/", "pictures go in the park's images/ folder: link them as images/photo.jpg or ../images/photo.jpg");
        }

        if (_pagesByPath.TryGetValue(target.TrimEnd(Path.DirectorySeparatorChar), out var key) || IsUntranslatedNarrative(target, out key))
        {
            var language = PageLanguage(target) ?? from.Language;
            return _model.Link(key, language) is { } link
                ? new Result(link.Href + suffix, null)
                : Problem(at, "link-to-unpublished", "the link leads to a page that is not published (a draft?)", url,
                    "a link to a published page", "publish the page, or remove the link until it is");
        }

        if (File.Exists(target))
        {
            var relative = Path.GetRelativePath(_contentDir, target).Replace('\\', '/');
            var sitePath = UrlScheme.MediaPath(relative);
            _media.TryAdd(sitePath, target);
            return new Result(_model.Urls.Href(sitePath) + suffix, null);
        }

        var siblings = Directory.Exists(Path.GetDirectoryName(target)) ? Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName).OfType<string>() : [];
        return Problem(at, "broken-link", $"the {(isImage ? "image" : "link")} points to a file that does not exist", url,
            "a path, relative to this file, of a file inside content/",
            Suggestions.DidYouMean(Path.GetFileName(target), siblings) ?? "check the spelling and the folder (paths are relative to this Markdown file)");
    }

    /// <summary>A link to bulletin.en.md that is not written yet still names a page: it leads to the
    /// language that exists, like every other link to a missing translation.</summary>
    private bool IsUntranslatedNarrative(string target, out PageKey key)
    {
        key = PageKey.Home;
        var parts = Path.GetFileName(target).Split('.');
        if (parts.Length != 3 || parts[2] != "md" || Language.Find(parts[1]) is null
            || !_pagesByPath.TryGetValue(Path.GetDirectoryName(target)!, out var folderPage))
        {
            return false;
        }

        var expected = folderPage.Kind == PageKind.Profile ? "profile" : "bulletin";
        key = folderPage;
        return parts[0] == expected;
    }

    private static Result Problem(SourceLocation at, string code, string message, string found, string expected, string hint) =>
        new(null, new Diagnostic(Severity.Error, code, at, message, found, expected, hint));

    private static bool HasScheme(string url, out string scheme)
    {
        var colon = url.IndexOf(':');
        scheme = colon > 1 ? url[..colon] : "";
        return scheme.Length > 0 && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(scheme[0]);
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static Language? PageLanguage(string path)
    {
        var name = Path.GetFileName(path);
        var parts = name.Split('.');
        return parts.Length == 3 && parts[2] == "md" ? Language.Find(parts[1]) : null;
    }

    /// <summary>Narrative files and content folders that stand for a page: profile.zh.md and the park folder
    /// lead to the park's page; bulletin.en.md and the year folder to that year's page.</summary>
    private static Dictionary<string, PageKey> IndexPages(ContentSet content)
    {
        var index = new Dictionary<string, PageKey>(StringComparer.Ordinal);
        foreach (var park in content.Parks)
        {
            var profile = PageKey.Profile(park.Slug);
            index[Path.GetFullPath(park.Folder).TrimEnd(Path.DirectorySeparatorChar)] = profile;
            foreach (var document in park.Profiles.Values)
            {
                index[Path.GetFullPath(document.FullPath)] = profile;
            }

            foreach (var year in park.Years)
            {
                var bulletin = PageKey.Bulletin(park.Slug, year.Year);
                index[Path.GetFullPath(year.Folder).TrimEnd(Path.DirectorySeparatorChar)] = bulletin;
                foreach (var document in year.Bulletins.Values)
                {
                    index[Path.GetFullPath(document.FullPath)] = bulletin;
                }
            }
        }

        return index;
    }
}
