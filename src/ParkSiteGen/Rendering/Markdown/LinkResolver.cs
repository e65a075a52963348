using System.Collections.Concurrent;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Images;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Pictures;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>What a link or image in Markdown points to, decided without ever reading outside content/:
/// web addresses stay; site paths get the base path; a relative path to a narrative or to a park or year folder
/// becomes that page's URL (in the reader's language when it exists); a relative path to a photo (JPEG, PNG, WebP) is
/// published as its processed files (<see cref="PictureCatalog"/>), never as it is; one to any other file is published
/// under /media/. Anything leaving content/ is an error.</summary>
public sealed class LinkResolver(SiteModel model, PictureCatalog pictures)
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];
    private readonly string _contentDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(model.Content.ContentDir));
    private readonly ConcurrentDictionary<string, string> _media = new(StringComparer.Ordinal);

    /// <summary>The photos links lead to.</summary>
    public PictureCatalog Pictures => pictures;

    /// <summary>Files to copy: site path under /media/ -> absolute source path.</summary>
    public IReadOnlyDictionary<string, string> Media => _media;

    /// <param name="LinkedPark">The park whose page the link leads to, so a change there can re-render this page.</param>
    /// <param name="File">The file in content/ the link leads to (published under /media/) or looked for in vain: its
    /// coming, going or changing changes the page.</param>
    /// <param name="MediaPath">Where that file is published, when it exists (for a photo, <see cref="PictureMedia.Key"/>).</param>
    /// <param name="Picture">The photo's processed files, when the link leads to a photo.</param>
    public sealed record Result(string? Url, Diagnostic? Problem, string? LinkedPark = null, string? File = null, string? MediaPath = null, PictureLink? Picture = null);

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
            return new Result(model.Urls.Href(url), null);
        }

        if (url.Contains('\\') || (url.Length > 1 && url[1] == ':'))
        {
            return Problem(at, "link-outside-content", "the link is a Windows file path", url,
                "a relative path with '/' such as ../images/photo.jpg", "use forward slashes and a path relative to this file");
        }

        var (path, suffix) = SplitSuffix(url);
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(from.FullPath)!, Uri.UnescapeDataString(path)));
        if (!target.StartsWith(_contentDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Problem(at, "link-outside-content", "the link leads outside the content folder", url,
                "a path to a file inside content/", "pictures go in the park's images/ folder: link them as images/photo.jpg or ../images/photo.jpg");
        }

        var relative = Path.GetRelativePath(_contentDir, target).Replace('\\', '/');
        var result = ResolveInContent(relative, target, suffix, url, from, at, isImage);

        // A link into a park's folder depends on that park whatever it finds there (a page, a draft, nothing yet).
        return PageOf(relative) is { Key.Slug: { } slug } ? result with { LinkedPark = slug } : result;
    }

    private Result ResolveInContent(string relative, string target, string suffix, string url, Document from, SourceLocation at, bool isImage)
    {
        if (PageOf(relative) is { } page)
        {
            if (model.Link(page.Key, page.Language ?? from.Language) is { } link)
            {
                return new Result(link.Href + suffix, null);
            }

            if (page.Exists(model.Content))
            {
                return Problem(at, "link-to-unpublished", "the link leads to a page that is not published (a draft?)", url,
                    "a link to a published page", "publish the page, or remove the link until it is");
            }
        }

        if (File.Exists(target))
        {
            if (!ContentPaths.StaysInside(_contentDir, relative))
            {
                return Problem(at, "link-outside-content", "the link leads outside the content folder through a symbolic link", url,
                    "a path to a file inside content/", "copy the file into content/ instead of linking to it: a symbolic link could publish any file of the machine that builds the site");
            }

            if (SourceImage.IsPhotoName(target))
            {
                return Photo(target, relative, suffix, url, at);
            }

            var sitePath = UrlScheme.MediaPath(relative);
            _media.TryAdd(sitePath, target);
            return new Result(model.Urls.Href(sitePath) + suffix, null, File: target, MediaPath: sitePath);
        }

        var folder = Path.GetDirectoryName(target)!;
        var siblings = Directory.Exists(folder) ? Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).OfType<string>() : [];
        return Problem(at, "broken-link", $"the {(isImage ? "image" : "link")} points to a file that does not exist", url,
            "a path, relative to this file, of a file inside content/",
            Suggestions.DidYouMean(Path.GetFileName(target), siblings) ?? "check the spelling and the folder (paths are relative to this Markdown file)") with { File = target };
    }

    /// <summary>A photo: an image shows its processed files; a link leads to the largest fallback file (the photo itself,
    /// with its metadata, is never published).</summary>
    private Result Photo(string target, string relative, string suffix, string url, SourceLocation at)
    {
        var entry = pictures.Get(target, relative);
        if (entry.Files is not { } files)
        {
            var problem = entry.Problem!;
            return Problem(at, problem.Code, problem.Message, problem.Found ?? url, problem.Expected, problem.Hint) with { File = target };
        }

        var key = PictureMedia.Key(files);
        _media.TryAdd(key, target);
        return new Result(model.Urls.Href(files.Fallback[^1].SitePath) + suffix, null, File: target, MediaPath: key,
            Picture: new PictureLink(files, model.Urls.Href, pictures.Settings.Sizes));
    }

    /// <summary>The page a content path stands for, read from the shape of the path with the content layout's rules
    /// (<see cref="ContentLayout"/>): parks/x/ and parks/x/profile.zh.md are the park's page; parks/x/2021/ and
    /// parks/x/2021/bulletin.en.md that year's. A narrative that is not written yet still names its page (it leads to the
    /// language that exists).</summary>
    private sealed record PageTarget(PageKey Key, Language? Language)
    {
        public bool Exists(ContentSet content) => content.Parks.Any(p => p.Slug == Key.Slug && (Key.Year is null || p.Years.Any(y => y.Year == Key.Year)));
    }

    private PageTarget? PageOf(string relative)
    {
        var parts = relative.Split('/');
        if (parts.Length < 2 || parts[0] != "parks")
        {
            return null;
        }

        var slug = parts[1];
        var year = parts.Length > 2 ? ContentLayout.YearOf(parts[2]) : null;
        return parts.Length switch
        {
            2 => new PageTarget(PageKey.Profile(slug), null),
            3 when year is { } y => new PageTarget(PageKey.Bulletin(slug, y), null),
            3 when ContentLayout.NarrativeLanguage(parts[2], ContentLayout.ProfileStem, model.Languages) is { } language => new PageTarget(PageKey.Profile(slug), language),
            4 when year is { } y && ContentLayout.NarrativeLanguage(parts[3], ContentLayout.BulletinStem, model.Languages) is { } language =>
                new PageTarget(PageKey.Bulletin(slug, y), language),
            _ => null,
        };
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
}
