using System.Diagnostics;
using System.IO.Enumeration;

namespace ParkSiteGen.Output;

/// <summary>The published site and the one before it. A build brings the older tree up to date (only what changed:
/// <see cref="TreeWriter"/>) while readers keep seeing the published one, then exchanges the two in one step
/// (<see cref="DirectorySwap"/>): a failed build changes nothing that is published, and a build killed at any moment
/// leaves the old site or the new one, never a mix. The older tree, the manifest and the build's lock live in a hidden
/// folder beside the output (public/ -> .public.parksitegen/), never inside it, so they are never published. Each
/// tree's marker names its content (<see cref="TreeState.Id"/>); the manifest says what each id holds, so the next
/// build knows the trees without trusting the order of any earlier step.</summary>
public sealed class SiteTrees : IDisposable
{
    /// <summary>Marks a folder as written by ParkSiteGen, so a rebuild may replace it (and nothing else).</summary>
    public const string MarkerName = ".parksitegen";

    private const string MarkerText = "This folder is written by ParkSiteGen; every build replaces what changed. Edit content/ and build again, not this.\n";
    private const string StatePrefix = "state: ";

    private readonly string _published;
    private readonly string _stateFolder;
    private readonly FileStream _lock;
    private readonly OutputManifest.Entry? _publishedEntry;
    private readonly TreeState? _previousState;
    private readonly Task<(TreeState Files, bool Exact)>? _inspection;

    private SiteTrees(string published, string stateFolder, FileStream lockFile, OutputManifest? manifest)
    {
        _published = published;
        _stateFolder = stateFolder;
        _lock = lockFile;
        if (Directory.Exists(published) && MarkedId(published) is { } publishedId && manifest?.Find(publishedId) is { } entry)
        {
            // The walk of the published tree runs on while the build reads the record; it is waited for where its answer
            // is asked for.
            _publishedEntry = entry;
            _inspection = Task.Run(() => Inspect(published, entry.State));
        }

        if (Directory.Exists(Previous) && !File.Exists(DirtyFlag) && MarkedId(Previous) is { } id && manifest?.Find(id) is { } older)
        {
            _previousState = older.State;
        }
    }

    /// <summary>The files of the published tree as the last build left them (any that were touched since left out),
    /// empty when there is none or it is not known.</summary>
    public TreeState PublishedFiles => Inspection.Files;

    /// <summary>The published tree is exactly what the last build left: no file touched, added or removed.</summary>
    public bool PublishedIsExact => Inspection.Exact;

    private (TreeState Files, bool Exact) Inspection => _inspection?.GetAwaiter().GetResult() ?? (TreeState.Empty, false);

    /// <summary>The engine's record of the build that made the published tree.</summary>
    public byte[]? PublishedRecord => _publishedEntry?.Record;

    public bool HasPublished => Directory.Exists(_published);

    private string Previous => Path.Combine(_stateFolder, "previous");

    private string Parking => Path.Combine(_stateFolder, "parking");

    private string DirtyFlag => Path.Combine(_stateFolder, "previous.incomplete");

    private string ManifestPath => Path.Combine(_stateFolder, "manifest");

    /// <summary>Where a build of <paramref name="target"/> keeps its state: ".public.parksitegen" beside "public".</summary>
    public static string StateFolderOf(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        return Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".parksitegen");
    }

    /// <summary>Takes the output for one build: locks it, finishes a swap a killed build left halfway, and reads what
    /// the last builds left (nothing with <paramref name="clean"/>: everything is then made again).</summary>
    public static SiteTrees Open(string target, bool clean)
    {
        var published = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var stateFolder = StateFolderOf(published);
        Directory.CreateDirectory(stateFolder);
        var lockFile = Lock(Path.Combine(stateFolder, "lock"), published);
        try
        {
            DirectorySwap.Recover(published, Path.Combine(stateFolder, "previous"), Path.Combine(stateFolder, "parking"));
            var manifest = clean ? null : OutputManifest.Read(Path.Combine(stateFolder, "manifest"));
            return new SiteTrees(published, stateFolder, lockFile, manifest);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Starts bringing the older tree up to date. It is marked incomplete until <see cref="Publish"/>: a build
    /// that stops before (an error, a kill) leaves it for the next build to make again from nothing.</summary>
    public TreeWriter BeginUpdate()
    {
        File.WriteAllText(DirtyFlag, "");
        if (_previousState is null && Directory.Exists(Previous))
        {
            Directory.Delete(Previous, recursive: true);
        }

        Directory.CreateDirectory(Previous);
        return new TreeWriter(Previous, _previousState ?? TreeState.Empty, _published, PublishedFiles, _publishedEntry?.State);
    }

    /// <summary>Finishes the updated tree, records it, and puts it in place of the published one.</summary>
    public void Publish(TreeWriter writer, Action<Stream> record)
    {
        var state = writer.Finish(MarkerName, s => MarkerText + StatePrefix + TreeState.Hex(s.Id) + "\n");
        var older = _publishedEntry is not null && PublishedIsExact && _publishedEntry.State.Id != state.Id ? _publishedEntry.State : null;
        OutputManifest.Write(ManifestPath, state, record, older);
        File.Delete(DirtyFlag);
        if (Directory.Exists(_published))
        {
            DirectorySwap.Swap(_published, Previous, Parking);
        }
        else
        {
            Directory.Move(Previous, _published);
        }
    }

    /// <summary>Lets the next build in. An update that was not published leaves its flag: the next build starts the
    /// older tree again from nothing.</summary>
    public void Dispose()
    {
        ((IAsyncResult?)_inspection)?.AsyncWaitHandle.WaitOne(); // nothing of the build may run on after it
        _lock.Dispose();
        File.Delete(Path.Combine(_stateFolder, "lock"));
    }

    /// <summary>Why <paramref name="target"/> must not be (re)written, or null if it may be.</summary>
    public static string? Refusal(string target, string siteDir)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var site = Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteDir));
        if (full == site || IsInside(site, full))
        {
            return $"the output folder {target} contains the site itself; choose a folder such as {Path.Combine(siteDir, "public")}";
        }

        foreach (var protectedFolder in new[] { "content", "themes" })
        {
            var folder = Path.Combine(site, protectedFolder);
            if (full == folder || IsInside(full, folder))
            {
                return $"the output folder {target} is inside the site's {protectedFolder}/ folder; choose a folder such as {Path.Combine(siteDir, "public")}";
            }
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, MarkerName)))
        {
            return $"refusing to replace {target}: it is not empty and was not written by ParkSiteGen (it has no {MarkerName} file); choose a new or empty folder, or delete it";
        }

        return null;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The id a tree's marker carries, or null (no marker, or one from before markers carried ids).</summary>
    private static UInt128? MarkedId(string tree)
    {
        var marker = Path.Combine(tree, MarkerName);
        if (!File.Exists(marker))
        {
            return null;
        }

        var line = File.ReadLines(marker).FirstOrDefault(l => l.StartsWith(StatePrefix, StringComparison.Ordinal));
        return line is not null && UInt128.TryParse(line.AsSpan(StatePrefix.Length), System.Globalization.NumberStyles.HexNumber, null, out var id) ? id : null;
    }

    /// <summary>Which of the tree's recorded files are still as the build left them (same length and time), and
    /// whether the tree is exactly the record (nothing touched, added or removed): one walk of the tree.</summary>
    private static (TreeState Files, bool Exact) Inspect(string tree, TreeState recorded)
    {
        var seen = new Dictionary<string, TreeFile>(recorded.Files.Count, StringComparer.Ordinal);
        var exact = true;
        var root = tree.Length + 1;
        var entries = new FileSystemEnumerable<(string Path, long Length, long Time)>(tree,
            (ref FileSystemEntry e) => (RelativePath(ref e, root), e.Length, e.LastWriteTimeUtc.UtcTicks),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        };
        foreach (var (relative, length, time) in entries)
        {
            if (relative == MarkerName)
            {
                continue;
            }

            if (recorded.Files.TryGetValue(relative, out var file) && file.Length == length && file.WriteTime == time)
            {
                seen[relative] = file;
            }
            else
            {
                exact = false;
            }
        }

        return (new TreeState(seen), exact && seen.Count == recorded.Files.Count);
    }

    /// <summary>"zh/parks/x/index.html": the entry's path inside the tree whose path is <paramref name="root"/> - 1
    /// characters long, made from the entry's folder and name (no full path to normalize for each of 25,000 files).</summary>
    private static string RelativePath(ref FileSystemEntry entry, int root)
    {
        var folder = entry.Directory.Length > root ? entry.Directory[root..] : [];
        var path = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>One build at a time per output: the lock file holds the process id of the build that has it; a lock
    /// left by a build that was killed (its process is gone) is taken over.</summary>
    private static FileStream Lock(string path, string published)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
                var id = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                stream.Write(id);
                stream.Flush();
                return stream;
            }
            catch (IOException) when (File.Exists(path) && attempt < 2)
            {
                if (int.TryParse(SafeRead(path), out var holder) && holder != Environment.ProcessId && IsRunning(holder))
                {
                    throw new OutputBusyException($"another build (process {holder}) is writing {published}; wait for it to finish");
                }

                File.Delete(path);
            }
        }
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>The output is being written by another build.</summary>
public sealed class OutputBusyException(string message) : IOException(message);
