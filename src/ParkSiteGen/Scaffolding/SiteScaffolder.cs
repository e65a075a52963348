namespace ParkSiteGen.Scaffolding;

/// <summary>`new site DIR`, as `hugo new site` does: a site that builds at once and passes `check --strict` — site.yml,
/// the standard indicator catalogue, one example park (made up, and saying so) with one year in both languages, the
/// JSON Schemas and the editor settings that use them (<see cref="SiteTemplate"/>). Only into a new or empty folder.</summary>
public static class SiteScaffolder
{
    public static Scaffolder.Result NewSite(string siteDir)
    {
        if (File.Exists(siteDir))
        {
            return Scaffolder.Fail($"'{siteDir}' is a file: give the name of a new or empty folder");
        }

        if (Occupied(siteDir) is { Count: > 0 } found)
        {
            var shown = string.Join(", ", found.Take(5)) + (found.Count > 5 ? $" and {found.Count - 5} more" : "");
            return Scaffolder.Fail($"refusing to write a new site into '{siteDir}': it already holds {shown} (give a new or empty folder)");
        }

        return Scaffolder.Write(siteDir, SiteTemplate.Files().ToDictionary(f => Path.Combine(siteDir, f.Path), f => f.Text));
    }

    /// <summary>What makes a folder unfit for a new site: anything in it but hidden entries, so that a folder fresh
    /// from `git init` (.git/) is fine. A hidden file the site would write (.gitignore, .vscode/settings.json) is still
    /// never overwritten: <see cref="Scaffolder.Write"/> refuses it.</summary>
    private static List<string> Occupied(string siteDir) =>
        Directory.Exists(siteDir)
            ? new DirectoryInfo(siteDir).EnumerateFileSystemInfos()
                .Where(e => !e.Name.StartsWith('.'))
                .Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name)
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];
}
