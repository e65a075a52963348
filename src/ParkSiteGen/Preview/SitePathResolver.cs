using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Preview;

/// <summary>Maps a request path to a file of the built site, by exact key only: the output file the site's URL rules
/// give for it (<see cref="UrlScheme.OutputFile"/>). A path with a '..' or '.' segment, an empty segment, a backslash,
/// a drive letter or a hidden name is refused before any lookup, so no request can reach a file outside the site
/// (Kestrel has already decoded %2e and friends once).</summary>
public static class SitePathResolver
{
    /// <param name="Key">The output path ("zh/parks/x/index.html").</param>
    /// <param name="RedirectTo">Set instead of <see cref="File"/> when the path lacks its final '/'.</param>
    public sealed record Resolved(string Key, MemoryOutput.ServedFile? File, string? RedirectTo);

    public static Resolved? Resolve(string requestPath, MemoryOutput output)
    {
        if (!requestPath.StartsWith('/') || requestPath.Contains('\\') || requestPath.Contains(':') || requestPath.Contains('\0') || requestPath.Contains('%'))
        {
            return null;
        }

        var trimmed = requestPath[1..];
        var segments = trimmed.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if ((segment.Length == 0 && !last) || segment.StartsWith('.'))
            {
                return null; // "..", ".", "//", ".git", ".parksitegen"
            }
        }

        var key = UrlScheme.OutputFile(requestPath);
        if (output.Find(key) is { } file)
        {
            return new Resolved(key, file, null);
        }

        // "/zh/parks" -> "/zh/parks/", like every static host does for a folder.
        var folder = requestPath + "/";
        return !requestPath.EndsWith('/') && output.Find(UrlScheme.OutputFile(folder)) is not null
            ? new Resolved(UrlScheme.OutputFile(folder), null, folder)
            : null;
    }
}
