using System.Text.Json.Nodes;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Scaffolding;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Schemas;

/// <summary>The JSON Schemas editors' tools use agree with the content and with the readers that define the format.</summary>
public class SchemaTests
{
    private static string SchemaPath(string name) => Path.Combine(Repo.Root, "src", "ParkSiteGen", "Schemas", $"{name}.schema.json");

    private static MiniJsonSchema Schema(string name) => MiniJsonSchema.Load(SchemaPath(name));

    private static JsonObject Raw(string name) => JsonNode.Parse(File.ReadAllText(SchemaPath(name)))!.AsObject();

    private static JsonNode? Yaml(string path) =>
        YamlToJson.Convert(YamlDocumentParser.Parse(File.ReadAllText(path), Path.GetFileName(path), new DiagnosticBag()));

    public static TheoryData<string, string> ContentFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var site in new[] { Repo.Root, Repo.Fixture("basic-site") })
        {
            var content = Path.Combine(site, "content");
            data.Add("site", Path.Combine(content, "site.yml"));
            data.Add("indicators", Path.Combine(content, "indicators.yml"));
            foreach (var park in Directory.GetFiles(Path.Combine(content, "parks"), "park.yml", SearchOption.AllDirectories))
            {
                data.Add("park", park);
            }

            foreach (var year in Directory.GetFiles(Path.Combine(content, "parks"), "data.yml", SearchOption.AllDirectories))
            {
                data.Add("data", year);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Content_validates_against_its_schema(string schema, string file) =>
        Assert.Empty(Schema(schema).Validate(Yaml(file)));

    [Fact]
    public void The_sample_content_is_covered()
    {
        var files = ContentFiles();
        Assert.True(files.Count(f => (string)f[0] == "data") >= 6);
        Assert.True(files.Count(f => (string)f[0] == "park") >= 5);
    }

    private static IEnumerable<string> Keys(JsonNode? properties) => properties!.AsObject().Select(p => p.Key).Order();

    [Fact]
    public void Schemas_allow_exactly_the_keys_the_readers_accept()
    {
        Assert.Equal(SiteConfigReader.Keys.Order(), Keys(Raw("site")["properties"]));
        Assert.Equal(SiteConfigReader.FooterKeys.Order(), Keys(Raw("site")["properties"]!["footer"]!["properties"]));
        Assert.Equal(SiteConfigReader.PhotoKeys.Order(), Keys(Raw("site")["properties"]!["photos"]!["properties"]));
        Assert.Equal(IndicatorCatalogReader.Keys.Order(), Keys(Raw("indicators")["items"]!["properties"]));
        Assert.Equal(ParkReader.Keys.Order(), Keys(Raw("park")["properties"]));
        Assert.Equal(ParkReader.HonorKeys.Order(), Keys(Raw("park")["properties"]!["honors"]!["items"]!["properties"]));
        Assert.Equal(ParkReader.PhotoKeys.Order(), Keys(Raw("park")["properties"]!["photos"]!["items"]!["properties"]));
        Assert.Equal(YearDataReader.Keys.Order(), Keys(Raw("data")["properties"]));
        Assert.Equal(YearDataReader.ResultKeys.Order(), Keys(Raw("data")["$defs"]!["result"]!["oneOf"]![1]!["properties"]));
        Assert.Equal(YearDataReader.TargetKeys.Order(), Keys(Raw("data")["$defs"]!["target"]!["oneOf"]![1]!["properties"]));
    }

    [Fact]
    public void Schemas_list_exactly_the_units_qualifiers_statuses_and_levels_of_the_code()
    {
        static IEnumerable<string> Enum(JsonNode? node) => node!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order();
        Assert.Equal(Units.ByName.Keys.Order(), Enum(Raw("indicators")["items"]!["properties"]!["unit"]));
        Assert.Equal(YearDataReader.Qualifiers.Keys.Order(), Enum(Raw("data")["$defs"]!["qualifier"]));
        Assert.Equal(YearDataReader.Statuses.Keys.Order(), Enum(Raw("data")["$defs"]!["result"]!["oneOf"]![1]!["properties"]!["status"]));
        Assert.Equal(ParkReader.Levels.Keys.Order(), Enum(Raw("park")["properties"]!["level"]));
        Assert.Equal(Language.Supported.Select(l => l.Code).Order(), Enum(Raw("site")["properties"]!["languages"]!["items"]));
    }

    [Fact]
    public void Scaffolded_files_name_their_schema_and_validate_against_it()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Assert.Null(Scaffolder.NewPark(site, "delta-hidz").Error);
        Assert.Null(Scaffolder.NewBulletin(site, "delta-hidz", 2024).Error);

        foreach (var file in new[] { "content/parks/delta-hidz/park.yml", "content/parks/delta-hidz/2024/data.yml" })
        {
            AssertNamesItsSchemaAndValidates(Path.Combine(site, file));
        }
    }

    [Fact]
    public void A_new_sites_files_name_their_schema_and_validate_against_it()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        Assert.Null(SiteScaffolder.NewSite(site).Error);
        var files = Directory.GetFiles(Path.Combine(site, "content"), "*.yml", SearchOption.AllDirectories);

        Assert.Equal(["data.yml", "indicators.yml", "park.yml", "site.yml"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            AssertNamesItsSchemaAndValidates(file);
        }
    }

    /// <summary>The file's first line names, by a path relative to it, the schema of its kind (site.yml: site.schema.json)
    /// as ParkSiteGen ships it, and the file validates against that schema.</summary>
    private static void AssertNamesItsSchemaAndValidates(string path)
    {
        const string Modeline = "# yaml-language-server: $schema=";
        var schema = Path.GetFileNameWithoutExtension(path);
        var first = File.ReadLines(path).First();
        Assert.StartsWith(Modeline, first);
        var schemaFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first[Modeline.Length..]));
        Assert.Equal($"{schema}.schema.json", Path.GetFileName(schemaFile));
        Assert.True(File.Exists(schemaFile), schemaFile);
        Assert.Equal(File.ReadAllText(SchemaPath(schema)), File.ReadAllText(schemaFile));
        Assert.Empty(Schema(schema).Validate(Yaml(path)));
    }

    [Theory]
    [InlineData("park", "name: x\nlevel: municipal\nprovince: p\ncity: c\n", "not one of")]
    [InlineData("park", "name: x\nlevle: national\nprovince: p\ncity: c\n", "unknown key 'levle'")]
    [InlineData("park", "level: national\nprovince: p\ncity: c\n", "'name' is required")]
    [InlineData("park", "name: { zh: x, cn: y }\nlevel: national\nprovince: p\ncity: c\n", "oneOf")]
    [InlineData("data", "indicators:\n  tax_revenue: \"8.7\"\n", "oneOf")]
    [InlineData("data", "indicators:\n  tax_revenue: { value: 8.7, qualifier: above }\n", "oneOf")]
    [InlineData("data", "indicators:\n  Tax-Revenue: 8.7\n", "does not match")]
    [InlineData("data", "targets:\n  tax_revenue: { value: 12, yoy: 5 }\n", "oneOf")]
    [InlineData("site", "title: t\nbase_url: parks.example.org\nlanguages: [zh]\n", "does not match")]
    [InlineData("site", "title: t\nbase_url: https://x.org/\nlanguages: [zh, fr]\n", "not one of")]
    [InlineData("indicators", "- key: tax\n  name: Tax\n  unit: yen\n", "not one of")]
    public void The_validator_rejects_what_the_format_rejects(string schema, string yaml, string message)
    {
        using var temp = new TempDir();
        var file = temp["file.yml"];
        File.WriteAllText(file, yaml);

        var errors = Schema(schema).Validate(Yaml(file));

        Assert.Contains(errors, e => e.Contains(message, StringComparison.Ordinal));
    }
}
