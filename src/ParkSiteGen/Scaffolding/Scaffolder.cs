using System.Globalization;
using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Scaffolding;

/// <summary>`new park` and `new bulletin` (`new site` is <see cref="SiteScaffolder"/>): the files an editor fills in, with both languages' placeholders
/// (marked TODO, which `check` reports), as drafts until the editor publishes them. Never overwrites a file.
/// Each YAML file names its JSON Schema, so VS Code's YAML extension completes and checks it.</summary>
public static class Scaffolder
{
    public const string SchemasFolder = ".schemas";
    public static readonly string[] Schemas = ["site", "indicators", "park", "data"];

    public sealed record Result(IReadOnlyList<string> Written, string? Error);

    public static Result NewPark(string siteDir, string slug)
    {
        if (!Slugs.IsValidName(slug))
        {
            return Fail($"'{slug}' cannot be a park's URL slug: use lowercase letters a-z, digits and '-' (try '{Slugs.Suggest(slug)}')");
        }

        var folder = Path.Combine(siteDir, "content", "parks", slug);
        var files = new Dictionary<string, string>
        {
            [Path.Combine(folder, "park.yml")] = ParkYaml(),
            [Path.Combine(folder, "profile.zh.md")] = Markdown("TODO 园区全称", "TODO 一句话介绍园区的区位与主导产业。",
                ["## 区位与定位", "## 主导产业", "## 发展平台"]),
            [Path.Combine(folder, "profile.en.md")] = Markdown("TODO official English name", "TODO One sentence on the park's location and leading industries.",
                ["## Location and positioning", "## Leading industries", "## Platforms"]),
        };
        return Write(siteDir, files);
    }

    public static Result NewBulletin(string siteDir, string slug, int year)
    {
        var park = Path.Combine(siteDir, "content", "parks", slug);
        if (!File.Exists(Path.Combine(park, "park.yml")))
        {
            return Fail($"there is no park '{slug}' (no content/parks/{slug}/park.yml): create it first with `parksitegen new park {slug}`");
        }

        if (year is < 1949 or > 2100)
        {
            return Fail($"{year} is not a year a bulletin can be for");
        }

        var folder = Path.Combine(park, year.ToString(CultureInfo.InvariantCulture));
        var files = new Dictionary<string, string>
        {
            [Path.Combine(folder, "data.yml")] = DataYaml(siteDir, park, year),
            [Path.Combine(folder, "bulletin.zh.md")] = Markdown($"{year}年度发展回顾", $"TODO {year}年园区发展情况一句话摘要（含主要指标）。",
                ["## 年度综述", "## 招商引资与项目建设", "## 科技创新", "## 绿色发展与安全生产", $"## {year + 1}年工作安排"]),
            [Path.Combine(folder, "bulletin.en.md")] = Markdown($"{year} Annual Review", $"TODO One-sentence summary of {year} with the main figures.",
                ["## Overview", "## Investment and projects", "## Innovation", "## Green development and safety", $"## Plans for {year + 1}"]),
        };
        return Write(siteDir, files);
    }

    /// <summary>Copies the JSON Schemas into content/.schemas/ (refreshing them: they belong to ParkSiteGen).</summary>
    public static void InstallSchemas(string siteDir)
    {
        var target = Path.Combine(siteDir, "content", SchemasFolder);
        Directory.CreateDirectory(target);
        foreach (var name in Schemas)
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Schemas", $"{name}.schema.json"), Path.Combine(target, $"{name}.schema.json"), overwrite: true);
        }
    }

    /// <summary>Writes every file, with the JSON Schemas, or none when one of them exists already.</summary>
    internal static Result Write(string siteDir, Dictionary<string, string> files)
    {
        var existing = files.Keys.Where(File.Exists).ToList();
        if (existing.Count > 0)
        {
            return Fail("refusing to overwrite: " + string.Join(", ", existing.Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/'))) + " already exist(s)");
        }

        InstallSchemas(siteDir);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
        }

        return new Result(files.Keys.Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/')).ToList(), null);
    }

    internal static Result Fail(string error) => new([], error);

    private static string ParkYaml() => """
        # yaml-language-server: $schema=../../.schemas/park.schema.json
        # Fill in every TODO; see "The content format" in ParkSiteGen's README.
        name: { zh: "TODO 园区全称", en: "TODO official English name (... Economic Development Zone)" }
        short_name: { zh: "TODO 简称", en: "TODO short name (... EDZ)" }
        level: provincial                 # national | provincial
        province: { zh: 湖南省, en: Hunan }
        city: { zh: "TODO 所在市", en: "TODO city" }
        # area_km2: 8.79                  # planned area
        # established: 2006
        # website: https://www.example.gov.cn/
        industries:
          - { zh: "TODO 主导产业", en: "TODO leading industry" }
        honors: []
        # honors:
        #   - year: 2022                  # the year it was announced
        #     title: { zh: ..., en: ... }
        #     awarded_by: { zh: ..., en: ... }
        #     period: 2020–2021           # the evaluation period, if different
        # photos:                         # JPEG, PNG or WebP in the park's images/ folder; resized and stripped of
        #   - file: images/hall.jpg       # their EXIF/GPS data when the site is built
        #     alt: { zh: 展厅内景, en: Inside the exhibition hall }   # required: what the photo shows
        #     caption: { zh: ..., en: ... }
        #     credit: { zh: 园区管委会, en: Park administrative committee }

        """;

    /// <summary>data.yml with the indicators of the park's previous year (or the headline ones) to fill in.</summary>
    private static string DataYaml(string siteDir, string park, int year)
    {
        var keys = PreviousKeys(park, year) ?? CatalogueKeys(siteDir);
        var sb = new StringBuilder();
        sb.Append("# yaml-language-server: $schema=../../../.schemas/data.schema.json\n");
        sb.Append("# Results of ").Append(year).Append(": uncomment and fill in. Numbers only (396, not 396亿元); the unit comes from indicators.yml.\n");
        sb.Append("indicators:\n");
        foreach (var key in keys)
        {
            sb.Append("  # ").Append(key).Append(": { value: , yoy:  }\n");
        }

        sb.Append("# Targets this review sets (for ").Append(year + 1).Append(" unless `year:` says otherwise):\n");
        sb.Append("targets:\n");
        sb.Append("  # ").Append(keys.FirstOrDefault() ?? "total_revenue").Append(": { value: , qualifier: at_least }\n");
        sb.Append("sources:\n  - { zh: \"TODO 资料来源\", en: \"TODO source\" }\n");
        return sb.ToString();
    }

    private static List<string>? PreviousKeys(string park, int year)
    {
        var previous = Path.Combine(park, (year - 1).ToString(CultureInfo.InvariantCulture), "data.yml");
        if (!File.Exists(previous))
        {
            return null;
        }

        var root = YamlDocumentParser.Parse(File.ReadAllText(previous), "data.yml", new DiagnosticBag());
        return root is YamlMapping map && map.Entries.FirstOrDefault(e => e.Key.Value == "indicators").Value is YamlMapping indicators
            ? indicators.Entries.Select(e => e.Key.Value).ToList()
            : null;
    }

    private static List<string> CatalogueKeys(string siteDir)
    {
        var path = Path.Combine(siteDir, "content", "indicators.yml");
        if (!File.Exists(path) || YamlDocumentParser.Parse(File.ReadAllText(path), "indicators.yml", new DiagnosticBag()) is not YamlSequence list)
        {
            return ["total_revenue", "tax_revenue", "fixed_asset_investment"];
        }

        var entries = list.Items.OfType<YamlMapping>().ToList();
        string? Key(YamlMapping m) => (m.Entries.FirstOrDefault(e => e.Key.Value == "key").Value as YamlScalar)?.Value;
        bool Headline(YamlMapping m) => (m.Entries.FirstOrDefault(e => e.Key.Value == "headline").Value as YamlScalar)?.Value == "true";
        var headline = entries.Where(Headline).Select(Key).OfType<string>().ToList();
        return headline.Count > 0 ? headline : entries.Take(5).Select(Key).OfType<string>().ToList();
    }

    private static string Markdown(string title, string summary, IEnumerable<string> headings)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: \"").Append(title).Append("\"\n");
        sb.Append("# date: YYYY-MM-DD\n");
        sb.Append("summary: \"").Append(summary).Append("\"\n");
        sb.Append("draft: true                       # set to false to publish\n");
        sb.Append("---\n");
        foreach (var heading in headings)
        {
            sb.Append('\n').Append(heading).Append("\n\nTODO\n");
        }

        return sb.ToString();
    }
}
