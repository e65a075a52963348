namespace ParkSiteGen.Rendering.Templates;

/// <summary>One rule for where a theme's file comes from: the first of the theme's folders that has it (the site's
/// own theme, then the shipped one), so a site overrides one file at a time. Also the one place that names a
/// theme file for messages: relative to the site, or "(ParkSiteGen)/themes/..." for the shipped theme.</summary>
internal sealed class ThemeFiles(string siteDir, IReadOnlyList<string> folders)
{
    /// <param name="Relative">For <see cref="Each"/>: the path inside the subfolder ("cards/park.sbn-html").</param>
    public readonly record struct File(string Path, string Display, string Relative = "");

    /// <summary>The file at <paramref name="relative"/> (e.g. "layouts/home.sbn-html") in the most specific folder that has it.</summary>
    public File? Find(string relative) => All(relative).Select(f => (File?)f).FirstOrDefault();

    /// <summary>Every folder's file at <paramref name="relative"/>, most specific first (interface texts merge key by key).</summary>
    public IEnumerable<File> All(string relative) =>
        folders.Select(f => System.IO.Path.Combine(f, relative)).Where(System.IO.File.Exists).Select(p => new File(p, Display(p)));

    /// <summary>The files under <paramref name="subfolder"/> ending in <paramref name="extension"/>, each relative path
    /// taken from the most specific folder that has it, in ordinal order of that path.</summary>
    public IEnumerable<File> Each(string subfolder, string extension)
    {
        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var root = System.IO.Path.Combine(folder, subfolder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var path in Directory.GetFiles(root, "*" + extension, SearchOption.AllDirectories))
            {
                chosen.TryAdd(RelativeIn(root, path), path);
            }
        }

        return chosen.Select(c => new File(c.Value, Display(c.Value), c.Key));
    }

    /// <summary>The path of <paramref name="path"/> inside <paramref name="root"/>, with forward slashes.</summary>
    public static string RelativeIn(string root, string path) => System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Handlebars files (.hbs) in the site's own theme: left from before themes were Scriban, and no longer read.</summary>
    public IEnumerable<string> Handlebars()
    {
        var own = System.IO.Path.GetFullPath(System.IO.Path.Combine(siteDir, "themes"));
        return folders.Where(f => f.StartsWith(own, StringComparison.Ordinal))
            .SelectMany(f => Directory.GetFiles(f, "*.hbs", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).Select(Display);
    }

    /// <summary>How a file the theme lacks is named in messages: where the site's own theme would hold it.</summary>
    public string DisplayMissing(string relative) => Display(System.IO.Path.Combine(folders[0], relative));

    public string Display(string path)
    {
        var relative = System.IO.Path.GetRelativePath(siteDir, path).Replace('\\', '/');
        if (!relative.StartsWith("..", StringComparison.Ordinal))
        {
            return relative;
        }

        var folder = folders.First(f => path.StartsWith(f, StringComparison.Ordinal));
        return $"(ParkSiteGen)/themes/{System.IO.Path.GetFileName(folder)}/{RelativeIn(folder, path)}";
    }
}
