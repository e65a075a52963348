namespace ParkSiteGen.Scaffolding;

/// <summary>The files `new site` writes, embedded in the program (see the csproj) so that a release binary needs
/// nothing beside it for them: Scaffolding/NewSite/ as it is, and the standard indicator catalogue, which is the
/// sample site's content/indicators.yml itself rather than a copy that could drift from it.</summary>
public static class SiteTemplate
{
    private const string Prefix = "NewSite/";

    /// <summary>The sample site has no content/.schemas/, so its catalogue cannot name a schema; the new site's does.</summary>
    private const string IndicatorsFile = "content/indicators.yml";
    private const string IndicatorsSchemaLine = "# yaml-language-server: $schema=.schemas/indicators.schema.json\n";

    /// <summary>Each file's path in the new site ('/'-separated) and its text, with LF line endings whatever the
    /// checkout that built the program used (the site's .editorconfig asks for LF).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files()
    {
        var assembly = typeof(SiteTemplate).Assembly;
        var files = new List<(string, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            // MSBuild's RecursiveDir uses '\' on Windows.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            path = path[Prefix.Length..];
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var text = reader.ReadToEnd().ReplaceLineEndings("\n");
            files.Add((path, path == IndicatorsFile ? IndicatorsSchemaLine + text : text));
        }

        return files;
    }
}
