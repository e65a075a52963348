namespace ParkSiteGen.Tests.Support;

/// <summary>Where an incremental build keeps what it last wrote (issue 19): a hidden folder beside the output folder,
/// for OUT=/x/public /x/.public.parksitegen/, never inside the output, so never published.</summary>
public static class BuildState
{
    public static string FolderBeside(string output) => ParkSiteGen.Output.SiteTrees.StateFolderOf(output);

    /// <summary>State folders inside <paramref name="output"/>, where they would be published (any folder named
    /// *.parksitegen: the marker file .parksitegen is a file).</summary>
    public static List<string> Inside(string output) =>
        Directory.GetDirectories(output, "*.parksitegen", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(output, d)).Order(StringComparer.Ordinal).ToList();

    /// <summary>What a build left beside <paramref name="output"/> (in a folder of its own) other than the output and
    /// its state folder: staging or previous sites a finished build should have removed.</summary>
    public static List<string> Strays(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        string[] expected = [full, FolderBeside(full)];
        return Directory.GetFileSystemEntries(Path.GetDirectoryName(full)!).Where(e => !expected.Contains(e)).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;
    }
}
