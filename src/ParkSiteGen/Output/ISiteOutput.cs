namespace ParkSiteGen.Output;

/// <summary>Where rendered files go: a staging folder (build) or memory (serve, check).
/// Paths are relative to the site root, with '/' separators ("zh/parks/x/index.html").</summary>
public interface ISiteOutput
{
    void WriteText(string relativePath, string text);

    void CopyFile(string relativePath, string sourcePath);

    /// <summary>Forgets a file written before (a page that no longer exists). Folders built once never need it.</summary>
    void Remove(string relativePath)
    {
    }
}
