using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using ParkSiteGen.Charts;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Features;

/// <summary>Comparisons, charts, feeds, sitemap, open data: what the fixture site's build must hold.</summary>
[Collection(FixtureSiteCollection.Name)]
public class SiteFeatureTests(FixtureSiteBuild site)
{
    private static readonly HtmlParser Parser = new();

    private string File(string path) => System.IO.File.ReadAllText(Path.Combine(site.Output, path));

    [Fact]
    public void Every_new_page_exists_in_both_languages()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            foreach (var path in new[] { "indicators/index.html", "indicators/total_revenue/index.html", "search/index.html", "data/index.html", "404.html", "feed.xml" })
            {
                Assert.True(System.IO.File.Exists(Path.Combine(site.Output, language, path)), $"{language}/{path}");
            }
        }

        foreach (var path in new[] { "sitemap.xml", "robots.txt", "404.html", "data/figures.csv", "data/figures.json", "data/parks/alpha-edz.csv", "data/parks/beta-etdz.json" })
        {
            Assert.True(System.IO.File.Exists(Path.Combine(site.Output, path)), path);
        }
    }

    [Fact]
    public void Comparison_pages_rank_parks_within_each_year()
    {
        var page = Parser.ParseDocument(File("en/indicators/new_high_tech_enterprises/index.html"));
        var rows = page.QuerySelectorAll("#comparison-table tbody tr").Select(r => r.TextContent).ToList();

        // 2022: Alpha 32 (the only result that year); 2023: Beta 9. Each is first in its year.
        Assert.Contains(rows, r => r.Contains("Alpha EDZ") && r.Contains("32 (1st)"));
        Assert.Contains(rows, r => r.Contains("Beta ETDZ") && r.Contains("9 (1st)"));
        Assert.Equal(["Park", "2022", "2023"], page.QuerySelectorAll("#comparison-table thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void Bounds_are_shown_but_not_ranked()
    {
        var page = Parser.ParseDocument(File("zh/indicators/contracted_investment/index.html"));
        var cell = page.QuerySelector("#comparison-table tbody td")!.TextContent;
        Assert.Equal("超过26亿元", cell);
    }

    [Fact]
    public void Charts_are_accessible_images_with_their_figures_in_a_table_and_targets_drawn_apart()
    {
        var page = Parser.ParseDocument(File("zh/parks/alpha-edz/index.html"));
        var chart = page.QuerySelector("svg.trend-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        var labels = chart.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("技工贸总收入（2021—2022年）", page.GetElementById(labels[0])!.TextContent);
        Assert.Equal("2021年：396亿元；2022年：480亿元；2022年目标：500亿元", page.GetElementById(labels[1])!.TextContent);
        Assert.NotNull(chart.QuerySelector(".target-point"));
        Assert.Equal(2, chart.QuerySelectorAll(".actual-point").Length - 1); // two results, plus the legend's dot
        var table = chart.ParentElement!.QuerySelector("table")!;
        Assert.Contains("500亿元", table.TextContent);
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_feed_lists_bulletins_newest_first_with_dates_from_the_content()
    {
        var feed = XDocument.Parse(File("zh/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(
            ["https://parks.example.org/zh/parks/beta-etdz/2023/", "https://parks.example.org/zh/parks/alpha-edz/2022/", "https://parks.example.org/zh/parks/alpha-edz/2021/"],
            entries.Select(e => e.Element(atom + "id")!.Value));
        Assert.Equal("2024-01-05T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
        Assert.DoesNotContain(XDocument.Parse(File("en/feed.xml")).Descendants(atom + "id"), id => id.Value.Contains("alpha-edz/2022"));
    }

    [Fact]
    public void The_sitemap_gives_alternates_only_for_versions_that_exist()
    {
        var sitemap = XDocument.Parse(File("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = sitemap.Root!.Elements(sm + "url").ToDictionary(u => u.Element(sm + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value).ToList());

        Assert.Equal(["zh-CN", "en", "x-default"], urls["https://parks.example.org/zh/parks/alpha-edz/2021/"]);
        Assert.Empty(urls["https://parks.example.org/zh/parks/alpha-edz/2022/"]);
        Assert.False(urls.ContainsKey("https://parks.example.org/en/parks/alpha-edz/2022/"));
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://parks.example.org/sitemap.xml", File("robots.txt"));
    }

    [Fact]
    public void Open_data_is_excel_friendly_csv_and_json_of_every_published_figure()
    {
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(site.Output, "data/figures.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\r\n", csv);
        Assert.Contains("\"Total revenue of technology, industry and trade\"", csv); // a comma inside: quoted
        Assert.Contains("beta-etdz,贝塔经济技术开发区,Beta Economic and Technological Development Zone,2023,contracted_investment", csv);
        Assert.Contains(",26,cny_100m,亿元,100 million yuan,more_than,", csv);
        Assert.DoesNotContain("2024", csv.Split("\r\n").Where(l => l.StartsWith("beta-etdz", StringComparison.Ordinal)).Select(l => l.Split(',')[3])); // the draft year

        using var json = JsonDocument.Parse(File("data/figures.json"));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1, figures.Count);
        var target = figures.First(f => f.GetProperty("status").GetString() == "target" && f.GetProperty("indicator").GetString() == "land_newly_used");
        Assert.Equal("2025", target.GetProperty("target_year").GetString());
        Assert.Equal("at_least", target.GetProperty("qualifier").GetString());
    }

    [Fact]
    public void The_site_wide_data_is_every_park_s_data_in_order()
    {
        var parks = Directory.GetFiles(Path.Combine(site.Output, "data", "parks"), "*.csv").Order(StringComparer.Ordinal).ToList();
        Assert.True(parks.Count >= 2);
        string Body(string csv) => csv[(csv.IndexOf("\r\n", StringComparison.Ordinal) + 2)..];
        var all = System.IO.File.ReadAllText(Path.Combine(site.Output, "data/figures.csv"));
        Assert.Equal(Body(all), string.Concat(parks.Select(p => Body(System.IO.File.ReadAllText(p)))));

        using var json = JsonDocument.Parse(File("data/figures.json"));
        var figures = json.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetRawText()).ToList();
        var perPark = parks.SelectMany(p =>
        {
            using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(Path.ChangeExtension(p, ".json")));
            Assert.Equal(json.RootElement.GetProperty("source").GetString(), doc.RootElement.GetProperty("source").GetString());
            return doc.RootElement.GetProperty("figures").EnumerateArray().Select(f => f.GetRawText()).ToList();
        }).ToList();
        Assert.Equal(perPark, figures);
    }

    [Fact]
    public void Every_table_of_figures_links_its_data()
    {
        var page = Parser.ParseDocument(File("en/parks/alpha-edz/2021/index.html"));
        foreach (var table in page.QuerySelectorAll("#indicators, #targets-2022"))
        {
            var downloads = table.ParentElement!.NextElementSibling!;
            Assert.Equal(["/data/parks/alpha-edz.csv", "/data/parks/alpha-edz.json", "/data/parks/alpha-edz.xlsx"], downloads.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    [Fact]
    public void Pages_carry_open_graph_and_feed_links_and_only_profiles_and_bulletins_are_indexed_for_search()
    {
        var bulletin = Parser.ParseDocument(File("zh/parks/alpha-edz/2021/index.html"));
        Assert.Equal("article", bulletin.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.Equal("zh_CN", bulletin.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.Equal("/zh/feed.xml", bulletin.QuerySelector("link[type='application/atom+xml']")!.GetAttribute("href"));
        Assert.NotNull(bulletin.QuerySelector("main[data-pagefind-body]"));
        Assert.Null(Parser.ParseDocument(File("zh/indicators/index.html")).QuerySelector("[data-pagefind-body]"));
        Assert.Null(Parser.ParseDocument(File("zh/index.html")).QuerySelector("[data-pagefind-body]"));
    }

    [Fact]
    public void The_government_footer_shows_nothing_when_site_yml_gives_nothing()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("check-problems"), "--out", temp["public"], "--no-search").ExitCode);
        var footer = Parser.ParseDocument(System.IO.File.ReadAllText(temp["public/zh/index.html"])).QuerySelector("footer")!;

        Assert.Empty(footer.QuerySelectorAll(".filings, a[href*='beian']"));
        Assert.DoesNotContain("网站标识码", footer.TextContent);
        Assert.DoesNotContain("主办单位", footer.TextContent);
    }
}

public class TrendChartTests
{
    [Theory]
    [InlineData(new[] { 396.0, 480.0, 500.0 }, 0, 500, 100)]
    [InlineData(new[] { 8.7, 8.4, 12.0 }, 0, 12.5, 2.5)]
    [InlineData(new[] { 0.5, 0.8 }, 0, 0.8, 0.2)]
    [InlineData(new[] { -3.0, 5.0 }, -4, 6, 2)]
    [InlineData(new[] { 7.0, 7.0 }, 0, 8, 2)]
    public void Axes_run_from_zero_to_a_round_number_in_a_few_steps(double[] values, double low, double high, double step)
    {
        var ticks = TrendChart.Ticks(values.Select(v => (decimal)v).ToList());
        Assert.Equal(((decimal)low, (decimal)high, (decimal)step), ticks);
        Assert.InRange((ticks.High - ticks.Low) / ticks.Step, 2, 7);
    }
}
