using System.Diagnostics;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>Every page of the fixture site, of the sample site and of the fixture with photos passes html-validate (npm), with tests/htmlvalidate.json:
/// html-validate's recommended rules, except three choices explained in the README.</summary>
public class HtmlValidationTests
{
    [NodeToolFact("html-validate")]
    public void Every_page_passes_the_validator()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["fixture"], "--no-search", "--drafts").ExitCode);
        Assert.Equal(0, Parksitegen.Run("build", Repo.Root, "--out", temp["sample"], "--no-search").ExitCode);
        Assert.Equal(0, Parksitegen.Run("build", PhotoSite.Create(temp), "--out", temp["photos"], "--no-search").ExitCode);
        var pages = Directory.GetFiles(temp.Path, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 300, $"{pages.Length} pages");

        var start = new ProcessStartInfo(NodeTools.Bin("html-validate")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { "--config", Path.Combine(Repo.Root, "tests", "htmlvalidate.json"), Path.Combine(temp.Path, "**", "*.html") })
        {
            start.ArgumentList.Add(arg);
        }

        using var validator = Process.Start(start)!;
        var stdout = validator.StandardOutput.ReadToEndAsync();
        var stderr = validator.StandardError.ReadToEnd();
        validator.WaitForExit();

        Assert.True(validator.ExitCode == 0, $"html-validate found problems:\n{stdout.Result}\n{stderr}");
    }

    [NodeToolFact("html-validate")]
    public void The_validator_would_catch_an_invalid_page()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp["bad.html"], "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>block in p</div></p><img src=\"x.png\"></body></html>");
        using var validator = Process.Start(new ProcessStartInfo(NodeTools.Bin("html-validate"), ["--config", Path.Combine(Repo.Root, "tests", "htmlvalidate.json"), temp["bad.html"]]) { RedirectStandardOutput = true })!;
        validator.StandardOutput.ReadToEnd();
        validator.WaitForExit();
        Assert.NotEqual(0, validator.ExitCode);
    }
}
