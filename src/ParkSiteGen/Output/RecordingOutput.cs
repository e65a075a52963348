namespace ParkSiteGen.Output;

/// <summary>Passes files on to another output and notes their paths: which files one part of a build made. Once
/// <paramref name="cancel"/> is cancelled, the next file it is given throws: a part that writes many files (the open
/// data: several per park) stops within one of them.</summary>
public sealed class RecordingOutput(ISiteOutput inner, CancellationToken cancel = default) : ISiteOutput
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Paths => [.. _paths.Keys.Order(StringComparer.Ordinal)];

    public int FileCount => inner.FileCount;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        cancel.ThrowIfCancellationRequested();
        _paths[relativePath] = 0;
        inner.Write(relativePath, bytes);
    }

    public Stream OpenWrite(string relativePath)
    {
        cancel.ThrowIfCancellationRequested();
        _paths[relativePath] = 0;
        return inner.OpenWrite(relativePath);
    }

    public void CopyFile(string relativePath, string sourcePath)
    {
        cancel.ThrowIfCancellationRequested();
        _paths[relativePath] = 0;
        inner.CopyFile(relativePath, sourcePath);
    }
}
