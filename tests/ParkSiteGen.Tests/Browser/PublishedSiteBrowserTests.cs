using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ParkSiteGen.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ParkSiteGen.Tests.Browser;

/// <summary>The sample site as it is published, served on 127.0.0.1, in Chromium: with its search index wherever Pagefind
/// is installed (always in CI); without Node.js only the search tests are skipped, the rest still run.</summary>
public sealed class PublishedSample : IAsyncLifetime
{
    private readonly TempDir _temp = new();

    // Set by InitializeAsync, which xunit does not call when every test of the collection is skipped (no Chromium):
    // DisposeAsync then has nothing to close.
    public StaticSite Site { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        string[] search = NodeTools.SkipReason("pagefind") is null ? [] : ["--no-search"];
        var build = Parksitegen.Run(["build", Repo.Root, "--out", _temp["public"], "--strict", .. search]);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"the sample site did not build{(search.Length == 0 ? " with its search index" : "")}:\n" + build);
        }

        Site = await StaticSite.StartAsync(_temp["public"]);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Support.Browser.LaunchAsync(Playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (Site is not null)
        {
            await Site.DisposeAsync();
        }

        _temp.Dispose();
    }

    public async Task<IPage> OpenAsync(string path, bool elderly = false, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 } });
        if (elderly)
        {
            await context.AddInitScriptAsync("localStorage.setItem('parksitegen-mode', 'elderly')");
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(Site.Url(path));
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedSampleCollection : ICollectionFixture<PublishedSample>
{
    public const string Name = "published sample site";
}

[Collection(PublishedSampleCollection.Name)]
public class PublishedSiteBrowserTests(PublishedSample sample)
{
    private const string Park = "changning-shuikoushan-edz";

    /// <summary>Every page type, in both languages.</summary>
    private static readonly string[] PageTypes =
    [
        "/{0}/", "/{0}/parks/", $"/{{0}}/parks/{Park}/", $"/{{0}}/parks/{Park}/2021/", "/{0}/indicators/",
        "/{0}/indicators/tech_industry_trade_revenue/", "/{0}/search/?q={1}", "/{0}/data/", "/{0}/no-such-page/",
    ];

    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [SearchFact]
    public async Task Axe_finds_no_violations_on_any_page_type_in_either_language_or_mode()
    {
        var report = new List<string>();
        var checkedPages = 0;
        foreach (var elderly in new[] { false, true })
        {
            foreach (var language in new[] { "zh", "en" })
            {
                foreach (var type in PageTypes)
                {
                    var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, type, language, language == "zh" ? "税收" : "revenue");
                    var page = await sample.OpenAsync(path, elderly);
                    if (path.Contains("search", StringComparison.Ordinal))
                    {
                        await Expect(page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
                    }

                    Assert.Equal(elderly ? "elderly" : null, await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-mode')"));
                    var result = await page.RunAxe(WcagAA);
                    report.AddRange(result.Violations.Select(v => $"{path}{(elderly ? " (elderly)" : "")}: {v.Id} {v.Help} — {v.Nodes[0].Html}"));
                    checkedPages++;
                    await page.Context.CloseAsync();
                }
            }
        }

        Assert.Equal(PageTypes.Length * 4, checkedPages);
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    /// <summary>The control: the same axe run does report an inaccessible page, so zero above means zero.</summary>
    [BrowserFact]
    public async Task Axe_reports_violations_where_there_are_some()
    {
        var page = await sample.OpenAsync("/zh/");
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\"><a href=\"#\"></a></body></html>");
        var result = await page.RunAxe(WcagAA);
        Assert.Contains(result.Violations, v => v.Id == "image-alt");
        Assert.Contains(result.Violations, v => v.Id == "html-has-lang");
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_language_switcher_keeps_the_reader_on_the_same_page()
    {
        var page = await sample.OpenAsync($"/zh/parks/{Park}/2021/");
        await page.Locator(".language-switcher a[hreflang=en]").ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Site.Url($"/en/parks/{Park}/2021/"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.Locator(".language-switcher a[hreflang=zh-CN]").ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Site.Url($"/zh/parks/{Park}/2021/"));
        await page.Context.CloseAsync();
    }

    [SearchFact]
    public async Task Chinese_queries_find_the_chinese_pages_and_english_ones_the_english()
    {
        foreach (var (language, query, expected) in new[]
        {
            ("zh", "水口山", $"/zh/parks/{Park}/"),
            ("zh", "税收", "/zh/parks/"),
            ("en", "Shuikoushan", $"/en/parks/{Park}/"),
            ("en", "tax revenue", "/en/parks/"),
        })
        {
            var page = await sample.OpenAsync($"/{language}/");
            await page.Locator("#site-search-q").FillAsync(query);
            await page.Locator("#site-search-q").PressAsync("Enter");
            var results = page.Locator("#search-results li a");
            await Expect(results.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
            var hrefs = await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
            Assert.Contains(hrefs, h => h.StartsWith(expected, StringComparison.Ordinal));
            Assert.All(hrefs, h => Assert.StartsWith($"/{language}/", h));
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task Elderly_mode_enlarges_the_text_and_is_remembered_on_the_next_page()
    {
        var page = await sample.OpenAsync($"/zh/parks/{Park}/2021/");
        const string MainText = "() => parseFloat(getComputedStyle(document.querySelector('main .narrative p')).fontSize)";
        var before = await page.EvaluateAsync<double>(MainText);
        var toggle = page.Locator("[data-mode-toggle]");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();

        var after = await page.EvaluateAsync<double>(MainText);
        Assert.True(after >= 24, $"main text is {after}px in elderly mode: at least 18pt (24px) is required");
        Assert.True(after > before * 1.3, $"{before}px -> {after}px");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        await page.Locator(".breadcrumbs a").Nth(1).ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Site.Url("/zh/parks/"));
        Assert.True(await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main h1')).fontSize)") > 40);
        await Expect(page.Locator("[data-mode-toggle]")).ToHaveAttributeAsync("aria-pressed", "true");

        await page.Locator("[data-mode-toggle]").ClickAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => document.documentElement.getAttribute('data-mode')"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_keyboard_alone_reaches_the_skip_link_the_search_and_the_language_switcher()
    {
        var page = await sample.OpenAsync("/en/");
        var reached = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e.id || e.className || e.getAttribute('hreflang') || e.textContent.trim(); }"));
        }

        Assert.Equal("skip-link", reached[0]);
        Assert.Contains("site-search-q", reached);
        Assert.Contains("zh-CN", reached);
        Assert.Contains("mode-toggle", reached);

        // The skip link moves the focus to the main content.
        await page.GotoAsync(sample.Site.Url("/en/"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Context.CloseAsync();
    }

    [BrowserFact]
    public async Task The_focus_is_visible()
    {
        var page = await sample.OpenAsync("/zh/");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("solid 3px", outline);
        await page.Context.CloseAsync();
    }

    [BrowserTheory]
    [InlineData("home", "/{0}/")]
    [InlineData("profile", $"/{{0}}/parks/{Park}/")]
    [InlineData("bulletin", $"/{{0}}/parks/{Park}/2021/")]
    public async Task Screenshots_of_the_main_pages(string name, string path)
    {
        foreach (var language in new[] { "zh", "en" })
        {
            foreach (var (device, viewport) in new[] { ("desktop", new ViewportSize { Width = 1280, Height = 800 }), ("phone", new ViewportSize { Width = 390, Height = 844 }) })
            {
                var page = await sample.OpenAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, language), viewport: viewport);
                var file = Support.Browser.Artifact($"{name}.{language}.{device}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 10_000);

                // Nothing wider than the screen: tables scroll inside their own region.
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} {language} {device} scrolls sideways");
                await page.Context.CloseAsync();
            }
        }
    }
}
