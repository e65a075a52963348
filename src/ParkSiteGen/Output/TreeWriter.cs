using System.Buffers;
using System.Collections.Concurrent;

namespace ParkSiteGen.Output;

/// <summary>Brings the unpublished tree (the site before the published one) up to the new build, file by file, while
/// the published tree stays as it is. A file already right there is left alone; a file whose bytes are the published
/// one's is hard-linked from it (the same file: its time stays, nothing is written); only new bytes are written, over
/// this tree's own file where the published tree cannot share it, else as a new file (a shared one is never written into). Pages are handed to a few writer
/// threads: creating a file and its folder can wait for the disk (ext4 reads inode and block bitmaps as a new site
/// spreads over it), and the threads that render pages should not wait with it. <see cref="Finish"/> waits for every
/// write and reports the first that failed.</summary>
public sealed class TreeWriter : IUnitOutput, IDisposable
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
    private readonly Queue<(string Relative, string Path, byte[] Bytes, int Length)> _queue = new();
    private bool _adding = true;

    /// <summary>Writers waiting for a file, renderers waiting for room: a change wakes one thread that can use it, not
    /// every waiting thread. The two never wait at once: writers wait on an empty queue, renderers on a full one.</summary>
    private int _idleWriters;
    private int _waitingRenderers;
    private readonly Thread[] _writers;
    private Exception? _writeFailure;
    private bool _flushed;

    private readonly string _root;
    private readonly string _published;
    private readonly TreeState _publishedState;
    private readonly TreeState _rootState;
    private readonly TreeState? _publishedRecord;
    private readonly ConcurrentDictionary<string, TreeFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private int _written;

    /// <param name="root">The tree being brought up to date.</param>
    /// <param name="rootState">What it holds (empty when it was just created).</param>
    /// <param name="published">The published tree, whose files can be linked.</param>
    /// <param name="publishedState">Its files that are as the last build left them (touched ones left out).</param>
    /// <param name="publishedRecord">All its files as the last build recorded them (null when it is not known).</param>
    internal TreeWriter(string root, TreeState rootState, string published, TreeState publishedState, TreeState? publishedRecord)
    {
        _publishedRecord = publishedRecord;
        _root = root;
        _rootState = rootState;
        _published = published;
        _publishedState = publishedState;
        _writers = new Thread[Writers];
        for (var i = 0; i < Writers; i++)
        {
            _writers[i] = new Thread(WriteQueued) { IsBackground = true, Name = "ParkSiteGen writer" };
            _writers[i].Start();
        }
    }

    public string Root => _root;

    /// <summary>Every file of the new build so far.</summary>
    public int FileCount => _files.Count;

    /// <summary>Files whose bytes were written (new or changed), not linked or left alone.</summary>
    public int WrittenCount => _written;

    /// <summary>Queues the file for a writer thread (the bytes are copied: the caller reuses its buffer).</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathFor(relativePath);
        if (!Settle(relativePath, TreeState.HashOf(bytes), bytes.Length))
        {
            return;
        }

        var copy = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length, 1));
        bytes.CopyTo(copy);
        lock (_queue)
        {
            if (!_adding)
            {
                ArrayPool<byte>.Shared.Return(copy);
                throw new InvalidOperationException($"{relativePath} is written after the output was finished");
            }

            while (_queue.Count >= QueuedFiles)
            {
                _waitingRenderers++;
                Monitor.Wait(_queue);
                _waitingRenderers--;
            }

            _queue.Enqueue((relativePath, path, copy, bytes.Length));
            if (_idleWriters > 0 && _queue.Count >= (Writers - _idleWriters + 1) * BacklogPerWriter)
            {
                Monitor.Pulse(_queue);
            }
        }
    }

    /// <summary>Large files (the site's open data) are streamed into a file of their own beside their place, hashed as
    /// they go, and then settled like any other.</summary>
    public Stream OpenWrite(string relativePath) => new PendingFile(this, relativePath, PathFor(relativePath));

    public void CopyFile(string relativePath, string source)
    {
        var path = PathFor(relativePath);
        var bytes = File.ReadAllBytes(source);
        if (Settle(relativePath, TreeState.HashOf(bytes), bytes.Length))
        {
            Replace(relativePath, path, () => CreateNew(path, bytes));
        }
    }

    /// <summary>Keeps a file the build did not make again: the published tree's, unchanged since the last build.</summary>
    public void Keep(string relativePath)
    {
        var file = _publishedState.Files[relativePath];
        Settle(relativePath, file.Hash, file.Length);
    }

    /// <summary>Whether the published tree has <paramref name="relativePath"/> as the last build left it.</summary>
    public bool CanKeep(string relativePath) => _publishedState.Files.ContainsKey(relativePath);

    /// <summary>Takes in a file another program wrote into the tree (the search index).</summary>
    public void Adopt(string relativePath)
    {
        var path = PathFor(relativePath);
        var info = new FileInfo(path);
        _files[relativePath] = new TreeFile(TreeState.HashOf(File.ReadAllBytes(path)), info.Length, info.LastWriteTimeUtc.Ticks);
        Interlocked.Increment(ref _written);
    }

    /// <summary>One hash of the paths and contents of the new build's files that <paramref name="which"/> selects.</summary>
    public UInt128 FingerprintOf(Func<string, bool> which) =>
        new TreeState(_files.Where(f => which(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal)).Id;

    /// <summary>Records the file of the new build and makes the tree hold it, except its bytes: true when they must
    /// be written (neither tree has them).</summary>
    private bool Settle(string relativePath, UInt128 hash, long length)
    {
        if (_rootState.Files.TryGetValue(relativePath, out var here) && here.Hash == hash)
        {
            _files[relativePath] = here;
            return false;
        }

        if (_publishedState.Files.TryGetValue(relativePath, out var published) && published.Hash == hash)
        {
            var path = PathFor(relativePath);
            Replace(relativePath, path, () => HardLink.Create(path, Path.Combine(_published, relativePath)));
            _files[relativePath] = published;
            return false;
        }

        _files[relativePath] = new TreeFile(hash, length, 0); // its time is read once it is written
        Interlocked.Increment(ref _written);
        return true;
    }

    /// <summary>Whether this tree's file at <paramref name="relativePath"/> is its own: the published tree has no file
    /// there, or one of other content (a file both share has one content), so writing into it cannot change the
    /// published site.</summary>
    private bool Unshared(string relativePath) =>
        _publishedRecord is not null
        && _rootState.Files.TryGetValue(relativePath, out var here)
        && (!_publishedRecord.Files.TryGetValue(relativePath, out var published) || published.Hash != here.Hash);

    /// <summary>Puts a new file at <paramref name="path"/> (<paramref name="create"/> fails if one is there): the old
    /// one is unlinked first, never written into. Only where this tree has a file: a fresh tree would ask to unlink
    /// every one of its files in vain. A file it does not know of (left by a build that was killed) fails the create,
    /// and is then unlinked.</summary>
    private void Replace(string relativePath, string path, Action create)
    {
        EnsureFolder(path);
        if (_rootState.Files.ContainsKey(relativePath))
        {
            File.Delete(path);
            create();
            return;
        }

        try
        {
            create();
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            create();
        }
    }

    private static void CreateNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
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

    /// <summary>Waits for the writes, removes what the new build does not have, writes the tree's marker, and returns
    /// what the tree now holds.</summary>
    public TreeState Finish(string markerName, Func<TreeState, string> marker)
    {
        Flush();
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stale in _rootState.Files.Keys.Where(k => !_files.ContainsKey(k)))
        {
            var path = PathFor(stale);
            File.Delete(path);
            emptied.Add(Path.GetDirectoryName(path)!);
        }

        RemoveEmptyFolders(emptied);
        foreach (var (name, file) in _files.Where(f => f.Value.WriteTime == 0).ToList())
        {
            _files[name] = file with { WriteTime = File.GetLastWriteTimeUtc(PathFor(name)).Ticks }; // copied and streamed files
        }

        var state = new TreeState(new Dictionary<string, TreeFile>(_files, StringComparer.Ordinal));
        PlaceMarker(markerName, System.Text.Encoding.UTF8.GetBytes(marker(state)));
        return state;
    }

    /// <summary>The marker names the tree's content: unchanged content, the same marker file, like any other file.</summary>
    private void PlaceMarker(string markerName, byte[] bytes)
    {
        var path = PathFor(markerName);
        var published = Path.Combine(_published, markerName);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        if (File.Exists(published) && File.ReadAllBytes(published).AsSpan().SequenceEqual(bytes))
        {
            Replace(markerName, path, () => HardLink.Create(path, published));
            return;
        }

        Replace(markerName, path, () => CreateNew(path, bytes));
    }

    /// <summary>Folders left empty by removed pages go too (a clean build would not have them), and their parents
    /// when they are left empty in turn; only where files were removed, not by a walk of the whole tree.</summary>
    private void RemoveEmptyFolders(IEnumerable<string> folders)
    {
        foreach (var start in folders.OrderByDescending(f => f.Length))
        {
            for (var folder = start; folder.Length > _root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any();
                 folder = Path.GetDirectoryName(folder)!)
            {
                Directory.Delete(folder);
            }
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

    /// <summary>The next file to write, or false once the queue is closed and empty.</summary>
    private bool TakeQueued(out (string Relative, string Path, byte[] Bytes, int Length) file)
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

    private void WriteQueued()
    {
        while (TakeQueued(out var file))
        {
            var (relative, path, bytes, length) = file;
            try
            {
                if (_writeFailure is null)
                {
                    // A file of this tree that the published tree cannot share (its content differs) is written over
                    // in place, as other generators do: unlinking it and making a new one frees and allocates an inode,
                    // which made a full rebuild into an existing tree half as slow again (1000 x 10, theme changed).
                    // It is not truncated first: its blocks and cached pages are written over, and only what is left
                    // beyond the new end is cut off (a truncation frees them all, and the write takes new ones).
                    // Any other is made anew. Its time is read from the open file, not by a second look-up of the path.
                    var time = 0L;
                    void Write(FileMode mode)
                    {
                        using var handle = File.OpenHandle(path, mode, FileAccess.Write);
                        RandomAccess.Write(handle, bytes.AsSpan(0, length), 0);
                        if (mode == FileMode.OpenOrCreate && RandomAccess.GetLength(handle) > length)
                        {
                            RandomAccess.SetLength(handle, length);
                        }

                        time = File.GetLastWriteTimeUtc(handle).Ticks;
                    }

                    if (Unshared(relative))
                    {
                        Write(FileMode.OpenOrCreate);
                    }
                    else
                    {
                        Replace(relative, path, () => Write(FileMode.CreateNew));
                    }

                    _files[relative] = _files[relative] with { WriteTime = time };
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

    /// <summary>A streamed file: written beside its place under a temporary name, then settled.</summary>
    private sealed class PendingFile(TreeWriter writer, string relativePath, string path) : Stream
    {
        private readonly string _temporary = writer.Temporary(path);
        private readonly System.IO.Hashing.XxHash128 _hash = new();
        private FileStream? _file;
        private long _length;

        private FileStream File => _file ??= new FileStream(_temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.Append(buffer);
            _length += buffer.Length;
            File.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                File.Dispose();
                if (writer.Settle(relativePath, _hash.GetCurrentHashAsUInt128(), _length))
                {
                    writer.Replace(relativePath, path, () => System.IO.File.Move(_temporary, path));
                }
                else
                {
                    System.IO.File.Delete(_temporary);
                }
            }

            base.Dispose(disposing);
        }

        public override void Flush() => File.Flush();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private string Temporary(string path)
    {
        EnsureFolder(path);
        return path + ".parksitegen-partial";
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

    public void Dispose() => StopWriters();

    /// <summary>Where a site path is written. A relative path of names, none of them "..", cannot leave the folder:
    /// that is checked on the path as given, without asking for the full path of every file a build writes.</summary>
    private string PathFor(string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || LeavesFolder(relativePath))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        return Path.Combine(_root, relativePath);
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
}
