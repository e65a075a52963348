using System.IO.Enumeration;

namespace ParkSiteGen.Pipeline;

/// <summary>The length and modification time of every file a build may read (content/, the site's themes/, the
/// shipped theme), taken with one walk of each folder and no file opened. Equal stamps mean the last build's site is
/// still the right one, and the build stops there. Only that shortcut trusts file times; everything else compares
/// content. A file changed within the clock's resolution of the walk that recorded it could keep its stamp (some file
/// systems keep times to 2 s), so a stamp that recent never counts as equal: the next build reads the files.</summary>
public sealed class InputStamps
{
    private static readonly long Resolution = TimeSpan.FromSeconds(2).Ticks;
    private readonly Dictionary<string, (long Length, long Time)> _files;
    private readonly long _takenAt;
    private readonly string _root;

    private InputStamps(Dictionary<string, (long, long)> files, long takenAt, string root)
    {
        _files = files;
        _takenAt = takenAt;
        _root = root;
    }

    /// <param name="takenAt">When the build started (before it read any file): a file changed after it has a time too
    /// recent to count as equal next time, so the walk may run while the files are read.</param>
    public static InputStamps Take(string siteDir, IEnumerable<string> extraFolders, long takenAt)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDir)) + Path.DirectorySeparatorChar;
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var folders = new[] { Path.Combine(siteDir, "content"), Path.Combine(siteDir, "themes") }.Concat(extraFolders);
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var entries = new FileSystemEnumerable<(string, long, long)>(folder,
                (ref FileSystemEntry e) => (Shorter(e.ToFullPath(), root), e.Length, e.LastWriteTimeUtc.UtcTicks),
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
            {
                ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            };
            foreach (var (path, length, time) in entries)
            {
                files[path] = (length, time);
            }
        }

        return new InputStamps(files, takenAt, root);
    }

    /// <summary>No walk: each file is looked at when a page asks for its stamp. The preview's and check's, which never
    /// compare a whole site's stamps and must not walk one on every edit.</summary>
    public static InputStamps Probing(string siteDir) =>
        new([], 0, Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDir)) + Path.DirectorySeparatorChar);

    /// <summary>A path inside the site relative to it (the manifest holds tens of thousands), any other whole.</summary>
    private static string Shorter(string path, string root) => path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..] : path;

    /// <summary>The same files, each with the same stamp, none of them recorded too close to the walk.</summary>
    public bool Unchanged(InputStamps now) =>
        _root == now._root && _files.Count == now._files.Count
        && _files.All(kv => kv.Value.Time < _takenAt - Resolution && now._files.TryGetValue(kv.Key, out var stamp) && stamp == kv.Value);

    /// <summary>The parks whose folders hold the same files, with the same stamps, as when <paramref name="last"/> was
    /// taken, none of them recorded too close to its walk: what was read of them then may be used again. None when
    /// anything else in content/ differs (site.yml and indicators.yml: every park is read against them).</summary>
    public IReadOnlySet<string> ParksUnchangedSince(InputStamps last)
    {
        var same = new HashSet<string>(StringComparer.Ordinal);
        if (last._root != _root)
        {
            return same;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, stamp) in last._files)
        {
            var slug = ParkOf(path);
            var kept = stamp.Time < last._takenAt - Resolution && _files.TryGetValue(path, out var now) && now == stamp;
            if (slug is null && IsContent(path) && !kept)
            {
                return new HashSet<string>(StringComparer.Ordinal);
            }

            if (slug is not null)
            {
                (kept ? same : changed).Add(slug);
            }
        }

        foreach (var path in _files.Keys.Where(p => !last._files.ContainsKey(p)))
        {
            if (ParkOf(path) is { } slug)
            {
                changed.Add(slug);
            }
            else if (IsContent(path))
            {
                return new HashSet<string>(StringComparer.Ordinal);
            }
        }

        same.ExceptWith(changed);
        return same;
    }

    private static readonly string ContentFolder = "content" + Path.DirectorySeparatorChar;
    private static readonly string ParksFolder = ContentFolder + "parks" + Path.DirectorySeparatorChar;

    private static bool IsContent(string path) => path.StartsWith(ContentFolder, StringComparison.Ordinal);

    /// <summary>The park whose folder holds <paramref name="path"/>, or null.</summary>
    private static string? ParkOf(string path)
    {
        if (!path.StartsWith(ParksFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(Path.DirectorySeparatorChar, ParksFolder.Length);
        return end < 0 ? null : path[ParksFolder.Length..end];
    }

    /// <summary>"length:time" of a file, or "absent": what a page depends on of a file its links reach.</summary>
    public string StampOf(string path) =>
        path + "|" + (_files.TryGetValue(Shorter(path, _root), out var s) ? $"{s.Length}:{s.Time}" : File.Exists(path) ? Probe(path) : "absent");

    /// <summary>A file outside the walked folders (not expected: links stay inside content/).</summary>
    private static string Probe(string path)
    {
        var info = new FileInfo(path);
        return $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(_takenAt);
        writer.Write(_root);
        writer.Write(_files.Count);
        foreach (var (path, (length, time)) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Write(path);
            writer.Write(length);
            writer.Write(time);
        }
    }

    public static InputStamps Read(BinaryReader reader)
    {
        var takenAt = reader.ReadInt64();
        var root = reader.ReadString();
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        for (var n = reader.ReadInt32(); n > 0; n--)
        {
            files[reader.ReadString()] = (reader.ReadInt64(), reader.ReadInt64());
        }

        return new InputStamps(files, takenAt, root);
    }
}
