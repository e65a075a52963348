using Microsoft.Playwright;
using ParkSiteGen.Preview;
using ParkSiteGen.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParkSiteGen.Tests.Browser;

/// <summary>The editor's loop in a real browser: edit a bulletin and the open page reloads with the new text;
/// break a YAML file and the overlay names the file and line over the last good page; fix it and the overlay goes.</summary>
public class LivePreviewBrowserTests
{
    [BrowserFact]
    public async Task Edits_reload_the_page_and_errors_show_an_overlay_until_fixed()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        await using var server = await PreviewServer.StartAsync(site, "127.0.0.1", 0, includeDrafts: true, pollMilliseconds: null, TextWriter.Null);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Support.Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "/en/parks/beta-etdz/2023/").ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("2023 Annual Review");
        await page.EvaluateAsync("() => window.__beforeEdit = true");

        // 1. An edit on disk reloads the open page with the new text.
        var bulletin = Path.Combine(site, "content/parks/beta-etdz/2023/bulletin.en.md");
        await File.AppendAllTextAsync(bulletin, "\nNew paragraph written while the preview was open.\n");
        await Expect(page.Locator(".narrative")).ToContainTextAsync("New paragraph written while the preview was open.", new() { Timeout = 10_000 });
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.__beforeEdit"));

        // 2. A broken YAML file: the overlay names the file and line; the last good page stays underneath.
        var data = Path.Combine(site, "content/parks/beta-etdz/2023/data.yml");
        var good = await File.ReadAllTextAsync(data);
        await File.WriteAllTextAsync(data, good.Replace("  land_newly_used: 1731", "  land_newly_used: [1731"));
        var overlay = page.Locator("#parksitegen-overlay .where");
        await Expect(overlay).ToContainTextAsync("content/parks/beta-etdz/2023/data.yml:6:", new() { Timeout = 10_000 });
        await Expect(page.Locator("#parksitegen-overlay pre")).ToContainTextAsync("land_newly_used: [1731");
        await Expect(page.Locator("h1")).ToHaveTextAsync("2023 Annual Review");
        await page.ScreenshotAsync(new() { Path = Support.Browser.Artifact("preview-error-overlay.png") });

        // 3. Fixing the file clears the overlay.
        await File.WriteAllTextAsync(data, good);
        await Expect(page.Locator("#parksitegen-overlay")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task The_reload_script_is_only_in_the_preview()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["public"], "--no-search").ExitCode);
        foreach (var file in Directory.GetFiles(temp["public"], "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("__parksitegen", await File.ReadAllTextAsync(file));
        }
    }
}
