using System.Diagnostics;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

public class CommandLineTests
{
    [Theory]
    [InlineData("build", "/no/such/folder")]
    [InlineData("build", "--bogus")]
    [InlineData("build", ".", "--base-url", "not a url")]
    [InlineData("build", ".", "--nope")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Bad_usage_exits_2_with_a_message(params string[] args)
    {
        var result = Parksitegen.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Stderr));
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void A_folder_without_content_is_bad_usage_that_says_what_to_give()
    {
        using var temp = new TempDir();
        var result = Parksitegen.Run("build", temp.Path, "--no-search");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has no content/ folder", result.Stderr);
    }

    [Fact]
    public void Out_defaults_to_public_in_the_site_folder()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");

        var result = Parksitegen.Run("build", site, "--no-search");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site, "public", "zh", "index.html")));
        Assert.Contains("1 warning", result.Stdout);
        Assert.Contains("not translated", result.Stderr);
    }

    [Fact]
    public void Drafts_are_built_and_marked_when_asked_for()
    {
        using var temp = new TempDir();
        var result = Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["public"], "--drafts", "--no-search");

        Assert.Equal(0, result.ExitCode);
        var draft = File.ReadAllText(temp["public/en/parks/beta-etdz/2024/index.html"]);
        Assert.Contains("class=\"draft-banner\"", draft);
        Assert.DoesNotContain("draft-banner", File.ReadAllText(temp["public/en/parks/beta-etdz/2023/index.html"]));
    }

    [Fact]
    public void Base_url_moves_canonical_links_and_site_paths()
    {
        using var temp = new TempDir();
        var result = Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["public"], "--base-url", "https://preview.example.net/portal/", "--no-search");

        Assert.Equal(0, result.ExitCode);
        var page = File.ReadAllText(temp["public/en/parks/alpha-edz/index.html"]);
        Assert.Contains("<link rel=\"canonical\" href=\"https://preview.example.net/portal/en/parks/alpha-edz/\">", page);
        Assert.Contains("href=\"/portal/en/parks/\"", page);
        Assert.Contains("src=\"/portal/media/parks/alpha-edz/images/gate.svg\"", page);
    }

    /// <summary>The real executable, as CI and editors run it: bad content gives a message and exit 1, no trace.</summary>
    [Fact]
    public void The_program_reports_bad_content_without_a_stack_trace()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        File.WriteAllText(Path.Combine(site, "content/parks/alpha-edz/2021/data.yml"), "indicators:\n  total_revenue: [oops\n");
        var program = Path.Combine(AppContext.BaseDirectory, "ParkSiteGen.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { program, "build", site, "--out", temp["public"] })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("content/parks/alpha-edz/2021/data.yml:2:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
