namespace ParkSiteGen.Content;

/// <summary>Rules for the paths content gives to its files (links, pictures, photos).</summary>
public static class ContentPaths
{
    /// <summary>Whether the file at <paramref name="relative"/> (to content/) is really inside content/: each symbolic link
    /// on the way (images/ -> /etc) is followed, and must lead back inside. Checked for files to publish only.</summary>
    public static bool StaysInside(string contentDir, string relative)
    {
        contentDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDir));
        var real = contentDir;
        foreach (var part in relative.Split('/'))
        {
            real = Path.Combine(real, part);
            if (new FileInfo(real).LinkTarget is null)
            {
                continue;
            }

            if (new FileInfo(real).ResolveLinkTarget(returnFinalTarget: true) is not { } resolved
                || !resolved.FullName.StartsWith(contentDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return false;
            }

            real = resolved.FullName;
        }

        return true;
    }
}
