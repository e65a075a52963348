namespace ParkSiteGen.Output;

/// <summary>An output that can keep what an earlier run made: the tree a build prepares (its files linked from the
/// published tree) or the preview's memory (its files still there).</summary>
public interface IUnitOutput : ISiteOutput
{
    /// <summary>Whether the file the earlier run made is still there, as it left it.</summary>
    bool CanKeep(string relativePath);

    /// <summary>The file stays as the earlier run made it.</summary>
    void Keep(string relativePath);
}
