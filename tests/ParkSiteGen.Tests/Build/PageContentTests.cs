using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>What the fixture's pages must say and link, checked in the parsed HTML.</summary>
[Collection(FixtureSiteCollection.Name)]
public class PageContentTests(FixtureSiteBuild site)
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(site.Page(path));

    private static string Row(IDocument page, string tableId, string indicator) =>
        page.QuerySelectorAll($"#{tableId} tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith(indicator, StringComparison.Ordinal)).TextContent;

    [Fact]
    public void Every_page_type_exists_in_both_languages()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            foreach (var path in new[] { "", "parks/", "parks/alpha-edz/", "parks/alpha-edz/2021/", "parks/beta-etdz/", "parks/beta-etdz/2023/" })
            {
                Assert.True(File.Exists(Path.Combine(site.Output, language, path, "index.html")), $"{language}/{path} missing");
            }
        }

        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void Bulletin_tables_show_unit_formatting_and_qualifiers_in_english()
    {
        var alpha = Page("/en/parks/alpha-edz/2021/");
        Assert.Contains("39.6 billion yuan", Row(alpha, "indicators", "Total revenue"));
        Assert.Contains("up 20 percent", Row(alpha, "indicators", "Total revenue"));
        Assert.Contains("870 million yuan", Row(alpha, "indicators", "Tax revenue"));
        Assert.Contains("4.188 billion yuan", Row(alpha, "indicators", "Investment attracted"));
        Assert.Contains("317,000 tonnes", Row(alpha, "indicators", "Output of precipitated zinc"));
        Assert.Contains("14th of 143", Row(alpha, "indicators", "Rank"));
        Assert.Contains("2020–2021", Row(alpha, "indicators", "Rank"));
        Assert.Contains("30 or more", Row(alpha, "targets-2022", "Newly certified"));
        Assert.Contains("10,000 mu or more (about 666.7 ha)", Row(alpha, "targets-2025", "Land newly used"));

        var beta = Page("/en/parks/beta-etdz/2023/");
        Assert.Contains("US$14.48 million", Row(beta, "indicators", "Paid-in foreign investment"));
        Assert.Contains("1,731 mu (about 115.4 ha)", Row(beta, "indicators", "Land newly used"));
        Assert.Contains("more than 2.6 billion yuan", Row(beta, "indicators", "Contracted investment"));
        Assert.Contains("15 percentage points", Row(beta, "indicators", "Investment attracted above"));
        Assert.Contains("as of end of 2023", Row(beta, "indicators", "Online monitoring devices"));
    }

    [Fact]
    public void Bulletin_tables_show_unit_formatting_and_qualifiers_in_chinese()
    {
        var alpha = Page("/zh/parks/alpha-edz/2021/");
        Assert.Contains("396亿元", Row(alpha, "indicators", "技工贸总收入"));
        Assert.Contains("增长20%", Row(alpha, "indicators", "技工贸总收入"));
        Assert.Contains("41.88亿元", Row(alpha, "indicators", "招商引资"));
        Assert.Contains("第14名（共143家）", Row(alpha, "indicators", "全省园区综合评价排名"));
        Assert.Contains("30家以上", Row(alpha, "targets-2022", "新增高新技术企业"));

        var beta = Page("/zh/parks/beta-etdz/2023/");
        Assert.Contains("1448万美元", Row(beta, "indicators", "实际到位外资"));
        Assert.Contains("1731亩", Row(beta, "indicators", "新增用地"));
        Assert.Contains("超过26亿元", Row(beta, "indicators", "签约项目协议总投资"));
        Assert.Contains("109台", Row(beta, "indicators", "在线监测设备"));
        Assert.Contains("截至2023年底", Row(beta, "indicators", "在线监测设备"));
    }

    [Fact]
    public void Growth_reads_down_not_up_minus_and_computed_growth_is_marked()
    {
        var page = Page("/zh/parks/alpha-edz/2022/");
        Assert.Contains("下降3%", Row(page, "indicators", "税收"));
        Assert.Contains("增长21.2%（计算值）", Row(page, "indicators", "技工贸总收入"));
        Assert.DoesNotContain("-3", page.QuerySelector("#indicators")!.TextContent);
    }

    [Fact]
    public void Targets_never_appear_among_results_and_are_compared_the_next_year()
    {
        var targetsYear = Page("/en/parks/alpha-edz/2021/");
        Assert.DoesNotContain("50 billion yuan", targetsYear.QuerySelector("#indicators")!.TextContent);
        Assert.Contains("50 billion yuan", targetsYear.QuerySelector("#targets-2022")!.TextContent);

        var nextYear = Page("/zh/parks/alpha-edz/2022/");
        Assert.Contains("未完成，完成目标的96%", Row(nextYear, "comparison", "技工贸总收入"));
        Assert.Contains("已完成", Row(nextYear, "comparison", "新增高新技术企业"));
    }

    [Fact]
    public void Notes_become_footnotes_linked_both_ways()
    {
        var page = Page("/en/parks/beta-etdz/2023/");
        var reference = page.QuerySelector("#indicators tbody sup a")!;
        var note = page.GetElementById(reference.GetAttribute("href")!.TrimStart('#'))!;
        Assert.Contains("does not state the denominator", note.TextContent);
        Assert.Equal("#" + reference.Id, note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Tables_are_accessible_data_tables()
    {
        foreach (var table in Page("/en/parks/alpha-edz/2021/").QuerySelectorAll("table"))
        {
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody tr"), tr => Assert.Equal("row", tr.QuerySelector("th")!.GetAttribute("scope")));
        }
    }

    [Fact]
    public void Pages_declare_their_language_canonical_url_and_only_existing_translations()
    {
        var both = Page("/en/parks/alpha-edz/2021/");
        Assert.Equal("en", both.DocumentElement.GetAttribute("lang"));
        Assert.Equal("https://parks.example.org/en/parks/alpha-edz/2021/", both.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(["zh-CN", "en"], both.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")!));

        var zhOnly = Page("/zh/parks/alpha-edz/2022/");
        Assert.Equal("zh-CN", zhOnly.DocumentElement.GetAttribute("lang"));
        Assert.Empty(zhOnly.QuerySelectorAll("link[rel=alternate][hreflang]"));
        Assert.False(File.Exists(Path.Combine(site.Output, "en/parks/alpha-edz/2022/index.html")));
    }

    [Fact]
    public void The_switcher_leads_to_the_same_page_or_says_where_it_leads()
    {
        var translated = Page("/zh/parks/alpha-edz/2021/");
        Assert.Equal("/en/parks/alpha-edz/2021/", translated.QuerySelector(".language-switcher a[hreflang=en]")!.GetAttribute("href"));

        var untranslated = Page("/zh/parks/alpha-edz/2022/");
        var english = untranslated.QuerySelector(".language-switcher a[hreflang=en]")!;
        Assert.Equal("/en/parks/alpha-edz/", english.GetAttribute("href"));
        Assert.Contains("not translated", english.ParentElement!.TextContent);
    }

    [Fact]
    public void Listings_lead_to_the_language_that_exists_and_say_so()
    {
        var profile = Page("/en/parks/alpha-edz/");
        var link = profile.QuerySelectorAll(".bulletin-list a").Single(a => a.GetAttribute("href") == "/zh/parks/alpha-edz/2022/");
        Assert.Equal("zh-CN", link.GetAttribute("hreflang"));
        Assert.Equal("zh-CN", link.GetAttribute("lang"));
        Assert.Contains("(Chinese only)", link.ParentElement!.TextContent);
    }

    [Fact]
    public void Every_internal_link_and_file_reference_resolves()
    {
        var broken = new List<string>();
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var url in page.QuerySelectorAll("a[href], link[href], img[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = url.Split('#')[0];
                var target = Path.Combine(site.Output, path.TrimStart('/'), path.EndsWith('/') ? "index.html" : "");
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(site.Output, file)} -> {url}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Drafts_are_left_out()
    {
        Assert.False(Directory.Exists(Path.Combine(site.Output, "zh/parks/beta-etdz/2024")));
        Assert.DoesNotContain(Page("/zh/parks/beta-etdz/").QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/2024/"));
    }

    [Fact]
    public void Markdown_raw_html_is_escaped_and_chinese_heading_ids_are_kept()
    {
        var page = Page("/zh/parks/alpha-edz/2021/");
        Assert.Empty(page.QuerySelectorAll(".narrative script"));
        Assert.Contains("<script>", page.QuerySelector(".narrative")!.TextContent);
        Assert.NotNull(page.GetElementById("经济指标"));
    }

    [Fact]
    public void Links_between_narratives_become_page_links_and_pictures_are_published()
    {
        var page = Page("/zh/parks/alpha-edz/2021/");
        Assert.Contains(page.QuerySelectorAll(".narrative a"), a => a.GetAttribute("href") == "/zh/parks/alpha-edz/2022/");
        var image = Page("/zh/parks/alpha-edz/").QuerySelector(".narrative img")!;
        Assert.Equal("/media/parks/alpha-edz/images/gate.svg", image.GetAttribute("src"));
        Assert.Equal("园区大门", image.GetAttribute("alt"));
    }

    [Fact]
    public void The_page_makes_no_external_requests()
    {
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            Assert.Empty(page.QuerySelectorAll("script[src^=http], script[src^='//'], link[rel=stylesheet][href^=http], img[src^=http], link[rel=preconnect]"));
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/assets/", s.GetAttribute("src")));
        }

        Assert.DoesNotContain("url(", File.ReadAllText(Directory.GetFiles(Path.Combine(site.Output, "assets"), "*.css").Single()));
    }

    [Fact]
    public void The_government_footer_shows_what_site_yml_provides()
    {
        var footer = Page("/zh/").QuerySelector("footer")!;
        Assert.Equal("https://beian.miit.gov.cn/", footer.QuerySelectorAll("a").First(a => a.TextContent.Contains("ICP")).GetAttribute("href"));
        Assert.Contains("网站标识码：0000000000", footer.TextContent);
    }
}
