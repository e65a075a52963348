namespace ParkSiteGen.Tests.Support;

/// <summary>A site's files as bytes, to put a site back as it was: switching between two versions of its content, or
/// taking out an error once a test has seen the build fail on it.</summary>
public static class SiteFiles
{
    public static Dictionary<string, byte[]> Capture(string siteDir) =>
        Directory.GetFiles(siteDir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(siteDir, f), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>The files (absolute paths) added, deleted or changed between two captures: what a file watcher reports.</summary>
    public static IReadOnlyCollection<string> Changed(string siteDir, IReadOnlyDictionary<string, byte[]> before, IReadOnlyDictionary<string, byte[]> after) =>
        before.Keys.Union(after.Keys)
            .Where(f => !before.TryGetValue(f, out var old) || !after.TryGetValue(f, out var now) || !old.AsSpan().SequenceEqual(now))
            .Select(f => Path.Combine(siteDir, f)).ToList();

    /// <summary>Makes the site's files exactly <paramref name="captured"/>: files that differ are rewritten (the others
    /// keep their times, as an editor's untouched files do), files not captured are deleted, and folders left empty too.</summary>
    public static void Restore(string siteDir, IReadOnlyDictionary<string, byte[]> captured)
    {
        foreach (var file in Directory.GetFiles(siteDir, "*", SearchOption.AllDirectories))
        {
            if (!captured.ContainsKey(Path.GetRelativePath(siteDir, file)))
            {
                File.Delete(file);
            }
        }

        foreach (var (relative, bytes) in captured)
        {
            var path = Path.Combine(siteDir, relative);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, bytes);
            }
        }

        foreach (var folder in Directory.GetDirectories(siteDir, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }
}
