using System.Text.Json;
using System.Text.RegularExpressions;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Scaffolding;

/// <summary>`new site DIR`: a site that builds at once and passes `check --strict`, written only into a new or empty folder.</summary>
public class NewSiteTests
{
    [Fact]
    public void A_new_site_builds_in_both_languages_and_passes_check_strict()
    {
        using var temp = new TempDir();
        var site = temp["my-site"];

        var created = Parksitegen.Run("new", "site", site);
        var build = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");
        var check = Parksitegen.Run("check", site, "--strict");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("created content/parks/example-park/2025/bulletin.zh.md", created.Stdout);
        Assert.Contains($"parksitegen build {site}", created.Stdout);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 errors, 0 warnings", build.Stdout);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("0 errors, 0 warnings. Clean.", check.Stdout);

        // The example says what it is on the pages readers see, in both languages.
        Assert.Contains("虚构", File.ReadAllText(temp["public/zh/parks/example-park/index.html"]));
        Assert.Contains("made up", File.ReadAllText(temp["public/en/parks/example-park/index.html"]));
        Assert.Contains("虚构", File.ReadAllText(temp["public/zh/parks/example-park/2025/index.html"]));
        Assert.Contains("made up", File.ReadAllText(temp["public/en/parks/example-park/2025/index.html"]));
    }

    [Fact]
    public void The_indicator_catalogue_is_the_sample_sites_own()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("new", "site", temp["site"]).ExitCode);

        var written = File.ReadAllText(temp["site/content/indicators.yml"]);

        Assert.Equal("# yaml-language-server: $schema=.schemas/indicators.schema.json\n" + File.ReadAllText(Path.Combine(Repo.Root, "content", "indicators.yml")).ReplaceLineEndings("\n"), written);
    }

    [Theory]
    [InlineData("content/")]
    [InlineData("notes.txt")]
    [InlineData("drafts/")]
    public void Refuses_a_folder_that_holds_anything_and_writes_nothing(string entry)
    {
        using var temp = new TempDir();
        var site = temp["site"];
        Directory.CreateDirectory(site);
        if (entry.EndsWith('/'))
        {
            Directory.CreateDirectory(Path.Combine(site, entry));
        }
        else
        {
            File.WriteAllText(Path.Combine(site, entry), "mine");
        }

        var before = Listing(site);
        var result = Parksitegen.Run("new", "site", site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"refusing to write a new site into '{site}': it already holds {entry}", result.Stderr);
        Assert.Equal(before, Listing(site));
    }

    [Fact]
    public void Never_overwrites_a_hidden_file_it_would_write()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, ".gitignore"), "mine\n");

        var result = Parksitegen.Run("new", "site", site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refusing to overwrite: .gitignore", result.Stderr);
        Assert.Equal([".gitignore"], Listing(site));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(site, ".gitignore")));
    }

    [Fact]
    public void Goes_into_an_empty_folder_or_one_fresh_from_git_init()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["empty"]);
        Directory.CreateDirectory(temp["repo/.git"]);

        Assert.Equal(0, Parksitegen.Run("new", "site", temp["empty"]).ExitCode);
        Assert.Equal(0, Parksitegen.Run("new", "site", temp["repo"]).ExitCode);
        Assert.True(File.Exists(temp["repo/content/site.yml"]));
    }

    [Fact]
    public void Without_a_folder_is_bad_usage()
    {
        var result = Parksitegen.Run("new", "site");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("DIR", result.Stderr);
    }

    [Fact]
    public void The_editor_settings_map_every_yaml_file_to_its_schema_and_ask_for_utf8_and_lf()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        Assert.Equal(0, Parksitegen.Run("new", "site", site).ExitCode);
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, ".vscode/settings.json")), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var schemas = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToList();

        foreach (var yaml in Directory.GetFiles(Path.Combine(site, "content"), "*.yml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site, yaml).Replace('\\', '/');
            var mapped = Assert.Single(schemas, s => Glob(s.Value.GetString()!).IsMatch(relative));
            Assert.Equal($"./content/.schemas/{Path.GetFileNameWithoutExtension(yaml)}.schema.json", mapped.Name);
            Assert.True(File.Exists(Path.Combine(site, mapped.Name)), mapped.Name);
        }

        Assert.Equal("utf8", settings.RootElement.GetProperty("files.encoding").GetString());
        Assert.Equal("\n", settings.RootElement.GetProperty("files.eol").GetString());
        Assert.Contains("redhat.vscode-yaml", File.ReadAllText(Path.Combine(site, ".vscode/extensions.json")));
        Assert.Contains("public/", File.ReadLines(Path.Combine(site, ".gitignore")));
    }

    /// <summary>VS Code's globs as these settings use them: '*' is any name within one folder.</summary>
    private static Regex Glob(string glob) => new("^" + Regex.Escape(glob).Replace(@"\*", "[^/]*") + "$");

    private static List<string> Listing(string dir) =>
        Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(dir, e).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
