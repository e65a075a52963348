using System.Buffers;
using System.Diagnostics;
using System.Text;

namespace ParkSiteGen.Output;

/// <summary>Writes a build into a staging folder beside the output folder and swaps it in only when the build
/// succeeded: readers never see a half-written site, and a failed build leaves the previous one untouched.
/// Pages are handed to a few writer threads: creating a file and its folder can wait for the disk (ext4 reads
/// inode and block bitmaps as a new site spreads over it), and the threads that render pages should not wait
/// with it. <see cref="Flush"/> waits for every write and reports the first that failed.</summary>
public sealed class OutputFolder : ISiteOutput, IDisposable
{
    /// <summary>More writers than processors: they mostly wait for the disk, not for a processor.</summary>
    private const int Writers = 4;

    /// <summary>Pages waiting to be written at most (a full queue makes rendering wait: memory stays bounded).</summary>
    private const int QueuedFiles = 256;

    /// <summary>How many files may wait for each writer at work before another is woken. Waking a writer for every
    /// page (a system call for the renderer, a thread switch for the writer) cost more than a page's write when the
    /// disk keeps up; a backlog that grows means the writers at work are waiting for the disk, and another starts.</summary>
    private const int BacklogPerWriter = 8;

    /// <summary>Files waiting for a writer. A plain monitor, not a BlockingCollection: its waits spin first, and idle
    /// writers spinning would take processor time from rendering.</summary>
    private readonly Queue<(string Path, byte[] Bytes, int Length)> _queue = new();
    private bool _adding = true;

    /// <summary>Writers waiting for a file, renderers waiting for room: a change wakes one thread that can use it, not
    /// every waiting thread (waking all four writers for each page had three of them take the lock only to wait
    /// again). The two never wait at once: writers wait on an empty queue, renderers on a full one.</summary>
    private int _idleWriters;
    private int _waitingRenderers;
    private readonly Thread[] _writers;
    private Exception? _writeFailure;
    private bool _flushed;

    /// <summary>Marks a folder as written by ParkSiteGen, so a rebuild may replace it (and nothing else).</summary>
    public const string MarkerName = ".parksitegen";

    private const string MarkerText = "This folder is written by ParkSiteGen and replaced as a whole on every build.\n";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;
    private int _fileCount;

    private OutputFolder(string target, string staging)
    {
        _target = target;
        Staging = staging;
        _writers = new Thread[Writers];
        for (var i = 0; i < Writers; i++)
        {
            _writers[i] = new Thread(WriteQueued) { IsBackground = true, Name = "ParkSiteGen writer" };
            _writers[i].Start();
        }
    }

    public string Staging { get; }

    public int FileCount => _fileCount;

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

    public static OutputFolder Begin(string target)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        RemoveStale(parent, Path.GetFileName(full));
        var staging = Path.Combine(parent, $".{Path.GetFileName(full)}.building-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(staging);
        return new OutputFolder(full, staging);
    }

    /// <summary>Queues the file for a writer thread (the bytes are copied: the caller reuses its buffer).</summary>
    public void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathFor(relativePath);
        Interlocked.Increment(ref _fileCount);
        var copy = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(copy);
        lock (_queue)
        {
            if (!_adding)
            {
                ArrayPool<byte>.Shared.Return(copy);
                throw new InvalidOperationException($"{relativePath} is written after the output was flushed");
            }

            while (_queue.Count >= QueuedFiles)
            {
                _waitingRenderers++;
                Monitor.Wait(_queue);
                _waitingRenderers--;
            }

            _queue.Enqueue((path, copy, bytes.Length));
            if (_idleWriters > 0 && _queue.Count >= (Writers - _idleWriters + 1) * BacklogPerWriter)
            {
                Monitor.Pulse(_queue);
            }
        }
    }

    /// <summary>The next file to write, or false once the queue is closed and empty.</summary>
    private bool TakeQueued(out (string Path, byte[] Bytes, int Length) file)
    {
        lock (_queue)
        {
            while (_queue.Count == 0 && _adding)
            {
                _idleWriters++;
                Monitor.Wait(_queue);
                _idleWriters--;
            }

            var taken = _queue.TryDequeue(out file);
            if (_waitingRenderers > 0)
            {
                Monitor.Pulse(_queue);
            }

            return taken;
        }
    }

    /// <summary>Waits until every queued file is written; throws the first write that failed.</summary>
    public void Flush()
    {
        StopWriters();
        if (_writeFailure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }
    }

    private void StopWriters()
    {
        if (!_flushed)
        {
            _flushed = true;
            lock (_queue)
            {
                _adding = false;
                Monitor.PulseAll(_queue);
            }

            foreach (var writer in _writers)
            {
                writer.Join();
            }
        }
    }

    private void WriteQueued()
    {
        while (TakeQueued(out var file))
        {
            var (path, bytes, length) = file;
            try
            {
                if (_writeFailure is null)
                {
                    EnsureFolder(path);
                    File.WriteAllBytes(path, bytes.AsSpan(0, length));
                }
            }
            catch (Exception e)
            {
                // Kept for Flush to throw on the build's thread: an exception escaping a writer would end the process.
                Interlocked.CompareExchange(ref _writeFailure, e, null);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }

    public Stream OpenWrite(string relativePath) =>
        new FileStream(PrepareFile(relativePath), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    public void CopyFile(string relativePath, string source) => File.Copy(source, PrepareFile(relativePath), overwrite: true);

    /// <summary>The full path of a file to write, its folder created (once: a site has far fewer folders than files).</summary>
    private string PrepareFile(string relativePath)
    {
        var path = PathFor(relativePath);
        Interlocked.Increment(ref _fileCount);
        EnsureFolder(path);
        return path;
    }

    private void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
    }

    /// <summary>Puts the new site in place: two renames on the same file system, the old site removed after.</summary>
    public void Commit()
    {
        Flush();
        File.WriteAllText(PathFor(MarkerName), MarkerText, Utf8);
        var previous = Path.Combine(Path.GetDirectoryName(_target)!, $".{Path.GetFileName(_target)}.previous-{Environment.ProcessId}");
        var hadPrevious = Directory.Exists(_target);
        if (hadPrevious)
        {
            Directory.Move(_target, previous);
        }

        try
        {
            Directory.Move(Staging, _target);
        }
        catch
        {
            if (hadPrevious)
            {
                Directory.Move(previous, _target);
            }

            throw;
        }

        _committed = true;
        if (hadPrevious)
        {
            Directory.Delete(previous, recursive: true);
        }
    }

    public void Dispose()
    {
        StopWriters();
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Where a site path is written. A relative path of names, none of them "..", cannot leave the folder:
    /// that is checked on the path as given, without asking for the full path of every file a build writes.</summary>
    private string PathFor(string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || LeavesFolder(relativePath))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        return Path.Combine(Staging, relativePath);
    }

    private static bool LeavesFolder(string relativePath)
    {
        foreach (var name in relativePath.AsSpan().SplitAny('/', '\\'))
        {
            if (relativePath.AsSpan(name) is "..")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Staging folders left by a build that was killed (its process is gone) are removed.</summary>
    private static void RemoveStale(string parent, string name)
    {
        foreach (var folder in Directory.GetDirectories(parent, $".{name}.*"))
        {
            var suffix = Path.GetFileName(folder)[(name.Length + 2)..];
            var dash = suffix.IndexOf('-');
            var pidText = dash < 0 ? "" : suffix[(dash + 1)..].Split('-')[0];
            if ((suffix.StartsWith("building-", StringComparison.Ordinal) || suffix.StartsWith("previous-", StringComparison.Ordinal))
                && int.TryParse(pidText, out var pid) && !IsRunning(pid))
            {
                Directory.Delete(folder, recursive: true);
            }
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
