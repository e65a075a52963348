using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Browser;

/// <summary>Pages with photos in a real browser: accessible (axe, WCAG 2.1 AA) in both languages and both modes, the
/// browser takes the WebP at a width the screen needs, and each photo's box has its size before the file arrives.</summary>
public class PhotoBrowserTests
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [BrowserFact]
    public async Task Pages_with_photos_pass_axe_and_load_the_webp_the_screen_needs()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        var build = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");
        Assert.True(build.ExitCode == 0, build.ToString());
        await using var server = await StaticSite.StartAsync(temp["public"]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Support.Browser.LaunchAsync(playwright);

        var report = new List<string>();
        foreach (var elderly in new[] { false, true })
        {
            foreach (var language in new[] { "zh", "en" })
            {
                var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2 });
                if (elderly)
                {
                    await context.AddInitScriptAsync("localStorage.setItem('parksitegen-mode', 'elderly')");
                }

                var page = await context.NewPageAsync();
                await page.GotoAsync(server.Url($"/{language}/parks/alpha-edz/"));
                var result = await page.RunAxe(WcagAA);
                report.AddRange(result.Violations.Select(v => $"{language}{(elderly ? " (elderly)" : "")}: {v.Id} {v.Help} — {v.Nodes[0].Html}"));

                // The first photo loads at once: a phone 390 px wide at 2x takes the 960 px WebP, not the 1600 px one.
                var first = page.Locator("picture img").First;
                await Microsoft.Playwright.Assertions.Expect(first).ToHaveJSPropertyAsync("complete", true);
                var source = await first.EvaluateAsync<string>("img => img.currentSrc");
                Assert.EndsWith(language == "zh" ? "-960.webp" : "-800.webp", source);

                // A lazy photo far below has its box (width and height from the attributes) before it loads.
                var last = page.Locator("picture img").Last;
                var box = await last.EvaluateAsync<double[]>("img => [img.getBoundingClientRect().width, img.getBoundingClientRect().height]");
                Assert.True(box[0] > 100 && box[1] > 50, $"{box[0]} x {box[1]}");
                await context.CloseAsync();
            }
        }

        Assert.True(report.Count == 0, string.Join("\n", report));
    }
}
