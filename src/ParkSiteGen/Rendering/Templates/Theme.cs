using System.Security.Cryptography;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>A theme: layouts/ (one per page kind), partials/ (Scriban templates, .sbn-html), i18n/&lt;lang&gt;.yml and
/// assets/, each file looked up in the site's theme first (see <see cref="Locate"/>). Loaded and parsed once per build. Assets are published under fingerprinted names so they can be cached
/// for a long time; the layouts learn those names from the view model.</summary>
public sealed class Theme
{
    /// <summary>The layouts every theme provides, one per kind of page.</summary>
    public static readonly string[] Layouts = ["home", "directory", "profile", "bulletin", "indicators", "indicator", "search", "data", "404", "redirect"];

    private Theme(ThemeTemplates templates, IReadOnlyDictionary<Language, UiStrings> strings, IReadOnlyList<Asset> assets)
    {
        Templates = templates;
        Strings = strings;
        Assets = assets;
    }

    /// <param name="IsHeadScript">A script the head loads (by convention, assets/head-*.js): tiny, before the page paints.</param>
    public sealed record Asset(string SourcePath, string SitePath, bool IsStylesheet, bool IsHeadScript = false);

    /// <summary>The published path of an asset by its file name in assets/ ("search.js" -> "/assets/search.1a2b3c4d5e.js").</summary>
    public string? AssetPath(string fileName) =>
        Assets.FirstOrDefault(a => Path.GetFileName(a.SourcePath) == fileName)?.SitePath;

    public ThemeTemplates Templates { get; }

    public IReadOnlyDictionary<Language, UiStrings> Strings { get; }

    public IReadOnlyList<Asset> Assets { get; }

    /// <summary>The folders a theme's files are looked up in, most specific first, as Hugo and Zola do: a site's
    /// themes/&lt;name&gt;/ holds only the files it changes (one layout, a partial, a few interface texts, a
    /// stylesheet), and the rest comes from the theme shipped with ParkSiteGen. Empty when no theme has that name.</summary>
    public static IReadOnlyList<string> Locate(string siteDir, string name)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "themes");
        string[] candidates = [Path.Combine(siteDir, "themes", name), Path.Combine(shipped, name), Path.Combine(shipped, DefaultName)];
        var folders = candidates.Where(Directory.Exists).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).ToList();
        return folders.Count > 0 && Path.GetFileName(folders[0]) == name ? folders : [];
    }

    public const string DefaultName = "default";

    public static Theme? Load(string siteDir, SiteConfig site, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var folders = Locate(siteDir, site.Theme);
        if (folders.Count == 0)
        {
            diagnostics.Error("missing-theme", SourceLocation.WholeFile("content/site.yml"), $"there is no theme '{site.Theme}'",
                found: $"theme: {site.Theme}", expected: $"a folder themes/{site.Theme}/ in the site, or a theme shipped with ParkSiteGen (default)",
                hint: "remove 'theme' from site.yml to use the default theme");
            return null;
        }

        var files = new ThemeFiles(siteDir, folders);
        foreach (var stale in files.Handlebars())
        {
            diagnostics.Error("template-error", SourceLocation.WholeFile(stale), "ParkSiteGen's themes are Scriban templates now; this Handlebars file is not read",
                expected: Path.ChangeExtension(stale, ThemeTemplates.Extension), hint: "port it to Scriban (see the README's section for theme authors), or delete it to use the default theme's");
        }

        var templates = LoadTemplates(files, diagnostics, sources);
        var strings = new Dictionary<Language, UiStrings>();
        foreach (var language in site.Languages)
        {
            if (UiStrings.Load(files.All($"i18n/{language.Code}.yml"), files.DisplayMissing($"i18n/{language.Code}.yml"), diagnostics, sources) is { } bundle)
            {
                strings[language] = bundle;
            }
        }

        // A key one language has and another lacks is a hole in the theme's translation.
        foreach (var (language, bundle) in strings)
        {
            foreach (var key in strings.Values.SelectMany(b => b.Keys).Distinct().Where(k => !bundle.Keys.Contains(k)).Order(StringComparer.Ordinal))
            {
                diagnostics.Error("missing-key", bundle.Location, $"the interface text '{key}' is missing in {language.Code}.yml but defined for another language",
                    expected: $"{key}: ...", hint: "every i18n file of a theme needs the same keys");
            }
        }

        var assets = LoadAssets(files);
        return diagnostics.HasErrors || templates is null ? null : new Theme(templates, strings, assets);
    }

    private static ThemeTemplates? LoadTemplates(ThemeFiles files, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var complete = true;
        var layouts = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var layout in Layouts)
        {
            var relative = $"layouts/{layout}{ThemeTemplates.Extension}";
            if (files.Find(relative) is not { } file)
            {
                diagnostics.Error("missing-file", SourceLocation.WholeFile(files.DisplayMissing(relative)), $"the theme has no {layout} layout",
                    expected: relative, hint: "copy it from ParkSiteGen's default theme");
                complete = false;
            }
            else if (Read(file.Path, file.Display, diagnostics, sources) is { } text)
            {
                layouts[layout] = (file.Display, text);
            }
            else
            {
                complete = false;
            }
        }

        var partials = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var file in files.Each("partials", ThemeTemplates.Extension))
        {
            if (Read(file.Path, file.Display, diagnostics, sources) is { } text)
            {
                // partials/cards/park.sbn-html is `include 'cards/park'`.
                var name = file.Relative[..^ThemeTemplates.Extension.Length];
                partials[name] = (file.Display, text);
            }
            else
            {
                complete = false;
            }
        }

        if (!complete)
        {
            return null;
        }

        try
        {
            return ThemeTemplates.Parse(layouts, partials);
        }
        catch (TemplateException e)
        {
            diagnostics.Error("template-error", new SourceLocation(e.File, e.Line, Math.Max(e.Column, 1)), "the template cannot be read: " + e.Message,
                hint: "every if, for, with and capture needs its end, and every {{ its }}; see the README's section for theme authors");
            return null;
        }
    }

    private static string? Read(string file, string relative, DiagnosticBag diagnostics, SourceTexts sources) =>
        TextFileReader.Read(file, relative, diagnostics, sources);

    /// <summary>Stylesheets and scripts get a content hash in their name (site.3f2a9b1c0d.css): a changed file
    /// gets a new URL, so browsers and CDNs may cache assets for a year. Other files keep their names.</summary>
    private static List<Asset> LoadAssets(ThemeFiles files)
    {
        var assets = new List<Asset>();
        foreach (var (file, _, relativePath) in files.Each("assets", ""))
        {
            var relative = relativePath;
            var extension = Path.GetExtension(file);
            if (extension is ".css" or ".js")
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
                relative = relative[..^extension.Length] + "." + hash + extension;
            }

            assets.Add(new Asset(file, "/assets/" + relative, extension == ".css", Path.GetFileName(file).StartsWith("head-", StringComparison.Ordinal) && extension == ".js"));
        }

        return assets;
    }
}
