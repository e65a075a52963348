using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Stage 1: reads and validates content/ into a <see cref="ContentSet"/>. It reads everything it can
/// and reports every problem, so an editor fixes all of them in one pass; it returns null when any is an error.</summary>
public static class ContentLoader
{
    private static readonly HashSet<string> IgnoredFiles = new(StringComparer.OrdinalIgnoreCase) { "Thumbs.db", "desktop.ini" };

    /// <param name="maxParallelism">How many parks are read at once; all processors when -1.</param>
    public static ContentSet? Load(string siteDir, DiagnosticBag diagnostics, SourceTexts sources, int maxParallelism = -1) =>
        Load(LoadGlobal(siteDir, diagnostics, sources), diagnostics, sources, maxParallelism);

    /// <summary>The parks, read against <paramref name="global"/> (read first: the build loads the theme from it meanwhile).</summary>
    public static ContentSet? Load(GlobalContent global, DiagnosticBag diagnostics, SourceTexts sources, int maxParallelism = -1)
    {
        var parks = LoadParks(global, diagnostics, sources, _ => diagnostics, maxParallelism);
        return global.Site is null || diagnostics.HasErrors ? null : new ContentSet(global.Site, global.Indicators, parks, global.ContentDir);
    }

    /// <summary>What every park is read against: site.yml (its languages) and the indicator catalogue.</summary>
    public sealed record GlobalContent(string ContentDir, SiteConfig? Site, IReadOnlyList<Indicator> Indicators)
    {
        public IReadOnlyList<Language> Languages => Site?.Languages ?? [Language.Zh, Language.En];

        public IReadOnlyDictionary<string, Indicator> Catalogue { get; } = Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
    }

    public static GlobalContent LoadGlobal(string siteDir, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var contentDir = Path.Combine(siteDir, "content");
        var site = SiteConfigReader.Read(ReadYaml(contentDir, "site.yml", diagnostics, sources), diagnostics);
        var values = new YamlValues(diagnostics, site?.Languages ?? [Language.Zh, Language.En]);
        var indicators = IndicatorCatalogReader.Read(ReadYaml(contentDir, "indicators.yml", diagnostics, sources), values);
        return new GlobalContent(contentDir, site, indicators);
    }

    /// <summary>Reads one park folder, reporting into <paramref name="diagnostics"/>; null when it has errors
    /// or is gone (the preview then keeps showing its last good version).</summary>
    public static Park? LoadPark(GlobalContent global, string folder, DiagnosticBag diagnostics, SourceTexts sources)
    {
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var park = LoadPark(global.ContentDir, folder, global.Catalogue, new YamlValues(diagnostics, global.Languages), sources);
        return diagnostics.HasErrors ? null : park;
    }

    /// <summary>"content/parks/x/park.yml": how files are named in messages, on every platform.</summary>
    public static string Relative(string contentDir, string path) =>
        "content/" + Path.GetRelativePath(contentDir, path).Replace('\\', '/');

    private static YamlNode? ReadYaml(string contentDir, string name, DiagnosticBag diagnostics, SourceTexts sources, string? folder = null)
    {
        var path = Path.Combine(folder ?? contentDir, name);
        var relative = Relative(contentDir, path);
        if (!File.Exists(path))
        {
            var misnamed = MisnamedAs(path);
            diagnostics.Error("missing-file", SourceLocation.WholeFile(relative), $"{relative} is missing",
                found: misnamed ?? "no such file", expected: name,
                hint: misnamed is not null ? $"rename {misnamed} to {name}" : MissingFileHint(name));
            return null;
        }

        var text = TextFileReader.Read(path, relative, diagnostics, sources);
        if (text is null)
        {
            return null;
        }

        var root = YamlDocumentParser.Parse(text, relative, diagnostics, out var failed);
        if (root is null && !failed)
        {
            diagnostics.Error("empty-file", SourceLocation.WholeFile(relative), $"{relative} is empty", expected: "YAML content",
                hint: "see the content format in README.md for what this file holds");
        }

        return root;
    }

    /// <summary>The name of a file beside <paramref name="path"/> that is meant to be it: "park.yaml", or "Data.yml"
    /// (the build reads names case-sensitively, as the web server serves them, whatever the editor's system does).</summary>
    private static string? MisnamedAs(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var name = Path.GetFileName(path);
        var yaml = Path.ChangeExtension(name, ".yaml");
        return !Directory.Exists(folder) ? null
            : Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase) || string.Equals(f, yaml, StringComparison.OrdinalIgnoreCase));
    }

    private static string MissingFileHint(string name) => name switch
    {
        "site.yml" => "create content/site.yml with title, base_url and languages (see README.md)",
        "indicators.yml" => "create content/indicators.yml listing the indicators (see README.md)",
        "park.yml" => "every park folder needs a park.yml with name, level, province and city; `parksitegen new park` will write one",
        "data.yml" => "every year folder needs a data.yml with that year's indicators",
        _ => "create the file",
    };

    /// <summary>Every park folder, read in parallel; each park reports into the bag <paramref name="diagnosticsFor"/>
    /// gives for its slug (the build uses one bag, the preview one per park). <paramref name="reuse"/>, when given, may
    /// supply a park without reading its folder (what a build read last time, while the folder is unchanged), reporting
    /// into its bag what reading it reported then.</summary>
    public static List<Park> LoadParks(GlobalContent global, DiagnosticBag diagnostics, SourceTexts sources, Func<string, DiagnosticBag> diagnosticsFor, int maxParallelism = -1,
        Func<string, DiagnosticBag, Park?>? reuse = null)
    {
        var contentDir = global.ContentDir;
        var parksDir = Path.Combine(contentDir, "parks");
        if (!Directory.Exists(parksDir))
        {
            diagnostics.Error("missing-file", SourceLocation.WholeFile("content/parks/"), "content/parks/ is missing",
                expected: "a folder content/parks/ with one folder per park", hint: "create content/parks/<slug>/park.yml for each park");
            return [];
        }

        var entries = Entries(parksDir);
        var folders = entries.Where(e => e.IsFolder).Select(e => e.Path).ToArray();
        ReportSlugProblems(contentDir, folders, diagnostics);
        foreach (var stray in entries.Where(e => !e.IsFolder && !IgnoredFiles.Contains(e.Name)).Select(e => e.Path))
        {
            diagnostics.Warning("unexpected-file", SourceLocation.WholeFile(Relative(contentDir, stray)), "a file directly in content/parks/ is ignored",
                expected: "one folder per park", hint: "move it into a park's folder");
        }

        var parks = new Park?[folders.Length];
        Parallel.For(0, folders.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
            i =>
            {
                var slug = Path.GetFileName(folders[i]);
                var bag = diagnosticsFor(slug);
                parks[i] = reuse?.Invoke(slug, bag) ?? LoadPark(global, folders[i], bag, sources);
            });
        return parks.OfType<Park>().ToList();
    }

    private static void ReportSlugProblems(string contentDir, string[] folders, DiagnosticBag diagnostics)
    {
        foreach (var folder in folders)
        {
            var name = Path.GetFileName(folder);
            if (!Slugs.IsValidName(name))
            {
                diagnostics.Error("bad-slug", SourceLocation.WholeFile(Relative(contentDir, folder) + "/"), $"the park folder name '{name}' cannot be used in a URL",
                    found: name, expected: "lowercase letters a-z, digits and '-' (the folder name is the park's URL slug)",
                    hint: Slugs.Suggest(name) is { Length: > 0 } s ? $"rename the folder to '{s}'" : "rename the folder with pinyin, e.g. changde-etdz");
            }
        }

        foreach (var group in folders.GroupBy(f => Slugs.Suggest(Path.GetFileName(f)), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = string.Join(", ", group.Select(Path.GetFileName));
            foreach (var folder in group)
            {
                diagnostics.Error("duplicate-slug", SourceLocation.WholeFile(Relative(contentDir, folder) + "/"), $"two park folders would have the same URL slug '{group.Key}'",
                    found: names, expected: "one folder per slug", hint: "merge the folders or rename one (on Windows and macOS they may even be the same folder)");
            }
        }
    }

    private static Park? LoadPark(string contentDir, string folder, IReadOnlyDictionary<string, Indicator> catalogue, YamlValues values, SourceTexts sources)
    {
        var diagnostics = values.Diagnostics;
        var slug = Path.GetFileName(folder);
        var data = ParkReader.Read(ReadYaml(contentDir, "park.yml", diagnostics, sources, folder), values, contentDir, folder);
        var profiles = new Dictionary<Language, Document>();
        var years = new List<YearReport>();

        var folderRelative = Relative(contentDir, folder);
        foreach (var (name, entry, isFolder) in Entries(folder))
        {
            var relative = folderRelative + "/" + name;
            if (isFolder)
            {
                if (name == "images")
                {
                    continue;
                }

                if (ContentLayout.YearOf(name) is { } year)
                {
                    if (LoadYear(contentDir, entry, relative, year, catalogue, values, sources) is { } report)
                    {
                        years.Add(report);
                    }
                }
                else
                {
                    var digits = new string(name.Where(char.IsAsciiDigit).ToArray());
                    diagnostics.Error("bad-year-folder", SourceLocation.WholeFile(relative + "/"), $"the folder '{name}' is not a year",
                        found: name, expected: $"a year folder such as 2023/ (four digits, {ContentLayout.FirstYear} to {ContentLayout.LastYear}), or images/",
                        hint: digits == name ? $"a year from {ContentLayout.FirstYear} to {ContentLayout.LastYear}: is '{name}' mistyped?"
                            : digits.Length == 4 ? $"rename it to '{digits}'" : "name year folders with the four-digit year only");
                }
            }
            else if (name != "park.yml" && !IgnoredFiles.Contains(name))
            {
                if (ContentLayout.NarrativeLanguage(name, ContentLayout.ProfileStem, values.Languages) is { } language)
                {
                    if (DocumentReader.Read(entry, relative, language, values, sources) is { } profile)
                    {
                        profiles[language] = profile;
                    }
                }
                else
                {
                    WarnUnexpected(diagnostics, relative, name, "park.yml, profile.<language>.md, year folders or images/", values.Languages, ContentLayout.ProfileStem);
                }
            }
        }

        if (data is null)
        {
            return null;
        }

        return new Park(slug, folder, data.Name, data.ShortName ?? data.Name, data.Level, data.Province, data.City, data.AreaKm2,
            data.Established, data.Website, data.Industries, data.Honors, profiles, years) { Photos = data.Photos };
    }

    private static YearReport? LoadYear(string contentDir, string folder, string folderRelative, int year, IReadOnlyDictionary<string, Indicator> catalogue, YamlValues values, SourceTexts sources)
    {
        var diagnostics = values.Diagnostics;
        var root = ReadYaml(contentDir, "data.yml", diagnostics, sources, folder);
        var data = YearDataReader.Read(root, year, catalogue, values);
        var bulletins = new Dictionary<Language, Document>();
        foreach (var (name, entry, isFolder) in Entries(folder))
        {
            var relative = folderRelative + "/" + name;
            if (name == "data.yml" || IgnoredFiles.Contains(name) || (name == "images" && isFolder))
            {
                continue;
            }

            if (!isFolder && ContentLayout.NarrativeLanguage(name, ContentLayout.BulletinStem, values.Languages) is { } language)
            {
                if (DocumentReader.Read(entry, relative, language, values, sources) is { } bulletin)
                {
                    bulletins[language] = bulletin;
                }
            }
            else
            {
                WarnUnexpected(diagnostics, relative, name, "data.yml and bulletin.<language>.md", values.Languages, ContentLayout.BulletinStem);
            }
        }

        return root is null ? null : new YearReport(year, folder, data.Indicators, data.Targets, data.Highlights, data.Sources, bulletins);
    }

    /// <summary>Every entry, as Directory.EnumerateFileSystemEntries lists them (the hidden ones are left out by name below).</summary>
    private static readonly EnumerationOptions EveryEntry = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>A folder's entries in ordinal order, hidden ones (a name starting with '.') left out. Whether each is a folder comes with the
    /// listing: no call to the file system per entry (a large site has tens of thousands).</summary>
    private static List<(string Name, string Path, bool IsFolder)> Entries(string folder)
    {
        var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Name, string Path, bool IsFolder)>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) => (e.FileName.ToString(), e.ToSpecifiedFullPath(), e.IsDirectory), EveryEntry)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => !e.FileName.StartsWith('.'),
        };
        var list = entries.ToList();
        list.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return list;
    }

    private static void WarnUnexpected(DiagnosticBag diagnostics, string relative, string name, string expected, IReadOnlyList<Language> languages, string stem)
    {
        var known = languages.Select(l => ContentLayout.NarrativeName(stem, l)).Append("data.yml").Append("park.yml");
        var hint = name.EndsWith(".yaml", StringComparison.Ordinal) && known.Contains(Path.ChangeExtension(name, ".yml"))
            ? $"rename it to {Path.ChangeExtension(name, ".yml")}"
            : Suggestions.DidYouMean(name, known) ?? (name.StartsWith(stem + ".", StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal)
                ? $"the language is not one of site.yml's languages ({string.Join(", ", languages.Select(l => l.Code))})"
                : "the build ignores this file");
        diagnostics.Warning("unexpected-file", SourceLocation.WholeFile(relative), $"'{name}' is not part of the content format and is ignored",
            found: name, expected: expected, hint: hint);
    }

}
