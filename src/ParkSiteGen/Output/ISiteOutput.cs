namespace ParkSiteGen.Output;

/// <summary>Where rendered files go: a staging folder (build) or memory (serve, check).
/// Paths are relative to the site root, with '/' separators ("zh/parks/x/index.html").</summary>
public interface ISiteOutput
{
    /// <summary>Writes a file from its UTF-8 bytes (the caller may reuse the span's memory afterwards).</summary>
    void WriteUtf8(string relativePath, ReadOnlySpan<byte> bytes);

    void WriteText(string relativePath, string text) => WriteUtf8(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A file to stream into (large files such as the site's open data); complete once disposed.</summary>
    Stream OpenWrite(string relativePath);

    void CopyFile(string relativePath, string sourcePath);

    /// <summary>Forgets a file written before (a page that no longer exists). Folders built once never need it.</summary>
    void Remove(string relativePath)
    {
    }
}
