using System.Collections.Concurrent;
using System.Text;

namespace ParkSiteGen.Output;

/// <summary>A site kept in memory: rendered pages as bytes, files (assets, pictures) by their source path. The preview
/// serves it (its server looks paths up here by exact key and nothing else, so it can never serve a file outside the
/// site), and `check` reads the pages it renders without writing them anywhere.</summary>
public sealed class MemoryOutput : IUnitOutput
{
    private readonly ConcurrentDictionary<string, ServedFile> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _changed = new(StringComparer.Ordinal);

    /// <summary>Either the bytes (a page) or the path of the file to send (an asset or a picture).</summary>
    public sealed record ServedFile(byte[]? Bytes, string? SourcePath, DateTime SourceTime = default);

    public int FileCount => _files.Count;

    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Writes a page; it counts as changed only if its bytes differ, so an unchanged page is not reloaded.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var old = _files.TryGetValue(relativePath, out var existing) ? existing : null;
        if (old?.Bytes is not null && old.Bytes.AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        _files[relativePath] = new ServedFile(bytes.ToArray(), null);
        _changed[relativePath] = 0;
    }

    public Stream OpenWrite(string relativePath) => new PendingFile(this, relativePath);

    /// <summary>A file being streamed: kept once complete (disposed), like a page.</summary>
    private sealed class PendingFile(MemoryOutput output, string relativePath) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                output.Write(relativePath, GetBuffer().AsSpan(0, (int)Length));
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>Registers a file to serve from disk; it counts as changed when it is new or was modified.</summary>
    public void CopyFile(string relativePath, string sourcePath)
    {
        var time = File.GetLastWriteTimeUtc(sourcePath);
        var old = _files.TryGetValue(relativePath, out var existing) ? existing : null;
        _files[relativePath] = new ServedFile(null, sourcePath, time);
        if (old is null || old.SourcePath != sourcePath || old.SourceTime != time)
        {
            _changed[relativePath] = 0;
        }
    }

    public void Remove(string relativePath)
    {
        if (_files.TryRemove(relativePath, out _))
        {
            _changed[relativePath] = 0;
        }
    }

    public bool CanKeep(string relativePath) => _files.ContainsKey(relativePath);

    public void Keep(string relativePath)
    {
    }

    /// <summary>Forgets every file but <paramref name="made"/>: what the engine's last run made or kept.</summary>
    public void RemoveAllBut(IReadOnlySet<string> made)
    {
        foreach (var path in _files.Keys.Where(p => !made.Contains(p)).ToList())
        {
            Remove(path);
        }
    }

    /// <summary>The files changed since the last call, and forgets them.</summary>
    public IReadOnlyList<string> TakeChanged()
    {
        var keys = _changed.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            _changed.TryRemove(key, out _);
        }

        return keys;
    }

    public ServedFile? Find(string relativePath) => _files.TryGetValue(relativePath, out var file) ? file : null;

    public string? Text(string relativePath) => Find(relativePath)?.Bytes is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
}
