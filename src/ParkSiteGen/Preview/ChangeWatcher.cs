using System.Diagnostics;

namespace ParkSiteGen.Preview;

/// <summary>Watches content/ and the site's own themes/ and reports changed files in batches. Editors save in
/// bursts (a temporary file, a rename, a second write), so events are gathered until the folder has been quiet
/// for <see cref="QuietPeriod"/>. With a polling interval it compares file times and sizes instead, for file
/// systems whose change events never arrive (WSL2, Docker mounts, network drives).</summary>
public sealed class ChangeWatcher : IDisposable
{
    /// <summary>Short enough to stay far inside the 50 ms reload budget, long enough to merge one save's events.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(10);

    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);
    private readonly string[] _roots;
    private readonly Action<Batch> _onBatch;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly Timer? _poller;
    private Dictionary<string, (DateTime, long)> _snapshot = new(StringComparer.Ordinal);
    private long _firstSeen;

    /// <param name="FirstSeen">When the first change of the batch was seen (Stopwatch ticks), to measure latency.</param>
    public sealed record Batch(IReadOnlyCollection<string> Files, long FirstSeen);

    public ChangeWatcher(IEnumerable<string> roots, int? pollMilliseconds, Action<Batch> onBatch)
    {
        _roots = roots.Where(Directory.Exists).Select(Path.GetFullPath).ToArray();
        _onBatch = onBatch;
        _timer = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        if (pollMilliseconds is { } interval)
        {
            Mode = $"polling every {interval} ms";
            _snapshot = Scan();
            _poller = new Timer(_ => Poll(), null, interval, interval);
            return;
        }

        foreach (var root in _roots)
        {
            var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };
            watcher.Error += (_, _) => Seen(root); // events were lost: treat the whole root as changed
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        Mode = "file system events";
    }

    public string Mode { get; }

    private void Seen(string path)
    {
        if (IsNoise(path))
        {
            return;
        }

        var now = Stopwatch.GetTimestamp();
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                _firstSeen = now;
            }

            _pending.Add(path);
            var waited = Stopwatch.GetElapsedTime(_firstSeen, now);
            _timer.Change(waited >= MaxDelay ? TimeSpan.Zero : QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        Batch batch;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            batch = new Batch([.. _pending], _firstSeen);
            _pending.Clear();
        }

        _onBatch(batch);
    }

    private void Poll()
    {
        var now = Scan();
        var changed = now.Where(kv => !_snapshot.TryGetValue(kv.Key, out var old) || old != kv.Value).Select(kv => kv.Key)
            .Concat(_snapshot.Keys.Where(k => !now.ContainsKey(k)))
            .ToList();
        _snapshot = now;
        foreach (var path in changed)
        {
            Seen(path);
        }
    }

    private Dictionary<string, (DateTime, long)> Scan()
    {
        var result = new Dictionary<string, (DateTime, long)>(StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                result[file.FullName] = (file.LastWriteTimeUtc, file.Length);
            }
        }

        return result;
    }

    /// <summary>Editors' temporary and backup files (.swp, ~, .#lock, vim's 4913 probe) are not content.</summary>
    private static bool IsNoise(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913";
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _poller?.Dispose();
        _timer.Dispose();
    }
}
