using System.Security.Cryptography;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>A theme folder: layouts/ (one per page kind), partials/, i18n/&lt;lang&gt;.yml and assets/.
/// Loaded and compiled once per build. Assets are published under fingerprinted names so they can be cached
/// for a long time; the layouts learn those names from the view model.</summary>
public sealed class Theme
{
    /// <summary>The layouts every theme provides, one per kind of page.</summary>
    public static readonly string[] Layouts = ["home", "directory", "profile", "bulletin", "indicators", "indicator", "search", "data", "404", "redirect"];

    private Theme(string folder, IReadOnlyDictionary<string, ICompiledTemplate> layouts, IReadOnlyDictionary<Language, UiStrings> strings,
        IReadOnlyList<Asset> assets)
    {
        Folder = folder;
        LayoutTemplates = layouts;
        Strings = strings;
        Assets = assets;
    }

    /// <param name="IsHeadScript">A script the head loads (by convention, assets/head-*.js): tiny, before the page paints.</param>
    public sealed record Asset(string SourcePath, string SitePath, bool IsStylesheet, bool IsHeadScript = false);

    /// <summary>The published path of an asset by its file name in assets/ ("search.js" -> "/assets/search.1a2b3c4d5e.js").</summary>
    public string? AssetPath(string fileName) =>
        Assets.FirstOrDefault(a => Path.GetFileName(a.SourcePath) == fileName)?.SitePath;

    public string Folder { get; }

    public IReadOnlyDictionary<string, ICompiledTemplate> LayoutTemplates { get; }

    public IReadOnlyDictionary<Language, UiStrings> Strings { get; }

    public IReadOnlyList<Asset> Assets { get; }

    /// <summary>The site's own themes/&lt;name&gt;, else the theme of that name shipped beside ParkSiteGen.</summary>
    public static string? Locate(string siteDir, string name)
    {
        var own = Path.Combine(siteDir, "themes", name);
        if (Directory.Exists(own))
        {
            return own;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "themes", name);
        return Directory.Exists(shipped) ? shipped : null;
    }

    /// <summary>The engine themes are run with: ParkSiteGen's own Handlebars (the tests pass Handlebars.Net instead).</summary>
    public static ITemplateEngine DefaultEngine() => new Handlebars.HandlebarsEngine();

    public static Theme? Load(string siteDir, SiteConfig site, ITemplateEngine engine, DiagnosticBag diagnostics, SourceTexts sources)
    {
        if (Locate(siteDir, site.Theme) is not { } folder)
        {
            diagnostics.Error("missing-theme", SourceLocation.WholeFile("content/site.yml"), $"there is no theme '{site.Theme}'",
                found: $"theme: {site.Theme}", expected: $"a folder themes/{site.Theme}/ in the site, or a theme shipped with ParkSiteGen (default)",
                hint: "remove 'theme' from site.yml to use the default theme");
            return null;
        }

        var display = DisplayPath(siteDir, folder);
        var layouts = new Dictionary<string, ICompiledTemplate>(StringComparer.Ordinal);
        try
        {
            var partials = Path.Combine(folder, "partials");
            if (Directory.Exists(partials))
            {
                foreach (var file in Directory.GetFiles(partials, "*." + engine.Extension).Order(StringComparer.Ordinal))
                {
                    var text = Read(file, $"{display}/partials/{Path.GetFileName(file)}", diagnostics, sources);
                    if (text is not null)
                    {
                        engine.AddPartial(Path.GetFileNameWithoutExtension(file), text, $"{display}/partials/{Path.GetFileName(file)}");
                    }
                }
            }

            foreach (var layout in Layouts)
            {
                var file = Path.Combine(folder, "layouts", $"{layout}.{engine.Extension}");
                var relative = $"{display}/layouts/{layout}.{engine.Extension}";
                if (!File.Exists(file))
                {
                    diagnostics.Error("missing-file", SourceLocation.WholeFile(relative), $"the theme has no {layout} layout",
                        expected: relative, hint: "copy it from ParkSiteGen's default theme");
                    continue;
                }

                if (Read(file, relative, diagnostics, sources) is { } text)
                {
                    layouts[layout] = engine.Compile(text, relative);
                }
            }
        }
        catch (TemplateException e)
        {
            diagnostics.Error("template-error", new SourceLocation(e.File.StartsWith(folder, StringComparison.Ordinal) ? display + e.File[folder.Length..].Replace('\\', '/') : e.File, e.Line, Math.Max(e.Column, 1)),
                "the template cannot be compiled: " + e.Message, hint: "check that every {{#if}}/{{#each}} is closed and every {{ has its }}");
            return null;
        }

        var strings = new Dictionary<Language, UiStrings>();
        foreach (var language in site.Languages)
        {
            if (UiStrings.Load(Path.Combine(folder, "i18n", $"{language.Code}.yml"), $"{display}/i18n/{language.Code}.yml", diagnostics, sources) is { } bundle)
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

        var assets = LoadAssets(Path.Combine(folder, "assets"));
        return diagnostics.HasErrors ? null : new Theme(folder, layouts, strings, assets);
    }

    private static string? Read(string file, string relative, DiagnosticBag diagnostics, SourceTexts sources) =>
        TextFileReader.Read(file, relative, diagnostics, sources);

    private static string DisplayPath(string siteDir, string folder)
    {
        var relative = Path.GetRelativePath(siteDir, folder).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? $"(ParkSiteGen)/themes/{Path.GetFileName(folder)}" : relative;
    }

    /// <summary>Stylesheets and scripts get a content hash in their name (site.3f2a9b1c0d.css): a changed file
    /// gets a new URL, so browsers and CDNs may cache assets for a year. Other files keep their names.</summary>
    private static List<Asset> LoadAssets(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var assets = new List<Asset>();
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
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
