namespace ParkSiteGen.Output;

/// <summary>Where rendered files go: the tree a build prepares beside the published one, or memory (serve, check).
/// Paths are relative to the site root, with '/' separators ("zh/parks/x/index.html").</summary>
public interface ISiteOutput
{
    /// <summary>Writes a file from its bytes, UTF-8 for text (the caller may reuse the span's memory afterwards).</summary>
    void Write(string relativePath, ReadOnlySpan<byte> bytes);

    /// <summary>A file to stream into (large files such as the site's open data); complete once disposed.</summary>
    Stream OpenWrite(string relativePath);

    void CopyFile(string relativePath, string sourcePath);

    /// <summary>How many files it holds: what a build reports, counted where they are written.</summary>
    int FileCount { get; }

    /// <summary>Forgets a file written before (a page that no longer exists). Folders built once never need it.</summary>
    void Remove(string relativePath)
    {
    }
}

public static class SiteOutputExtensions
{
    /// <summary>Writes a file from text, as UTF-8 without a byte order mark: one way for every output.</summary>
    public static void WriteText(this ISiteOutput output, string relativePath, string text) =>
        output.Write(relativePath, System.Text.Encoding.UTF8.GetBytes(text));
}
