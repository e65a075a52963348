using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Scaffolding;

public class NewCommandTests
{
    [Fact]
    public void New_park_and_bulletin_scaffold_drafts_in_both_languages_that_build()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");

        Assert.Equal(0, Parksitegen.Run("new", "park", "delta-hidz", "--site", site).ExitCode);
        var bulletin = Parksitegen.Run("new", "bulletin", "alpha-edz", "2023", "--site", site);

        Assert.Equal(0, bulletin.ExitCode);
        foreach (var file in new[] { "park.yml", "profile.zh.md", "profile.en.md", "../alpha-edz/2023/data.yml", "../alpha-edz/2023/bulletin.zh.md", "../alpha-edz/2023/bulletin.en.md" })
        {
            Assert.True(File.Exists(Path.Combine(site, "content/parks/delta-hidz", file)), file);
        }

        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(site, "content/parks/alpha-edz/2023/bulletin.zh.md")));
        Assert.Contains("# tax_revenue:", File.ReadAllText(Path.Combine(site, "content/parks/alpha-edz/2023/data.yml"))); // last year's indicators
        Assert.Equal(0, Parksitegen.Run("build", site, "--out", temp["public"], "--no-search").ExitCode);
        Assert.False(Directory.Exists(temp["public/zh/parks/delta-hidz"]));
        Assert.True(Parksitegen.Run("build", site, "--out", temp["preview"], "--drafts", "--no-search").ExitCode == 0);
        Assert.True(File.Exists(temp["preview/en/parks/delta-hidz/index.html"]));
    }

    [Fact]
    public void New_never_overwrites()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var profile = Path.Combine(site, "content/parks/alpha-edz/profile.zh.md");
        var before = File.ReadAllText(profile);

        var result = Parksitegen.Run("new", "park", "alpha-edz", "--site", site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refusing to overwrite", result.Stderr);
        Assert.Equal(before, File.ReadAllText(profile));
    }

    [Theory]
    [InlineData("park", "Delta HIDZ")]
    [InlineData("bulletin", "no-such-park", "2024")]
    public void New_explains_what_it_cannot_do(params string[] args)
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");

        var result = Parksitegen.Run(["new", .. args, "--site", site]);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches("try 'delta-hidz'|create it first", result.Stderr);
    }

    [Fact]
    public void Check_reports_the_placeholders_left()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Parksitegen.Run("new", "park", "delta-hidz", "--site", site);

        var check = Parksitegen.Run("check", site);

        Assert.Contains("warning[placeholder]: content/parks/delta-hidz/park.yml:3:", check.Stdout);
        Assert.Equal(1, Parksitegen.Run("check", site, "--strict").ExitCode);
    }
}
