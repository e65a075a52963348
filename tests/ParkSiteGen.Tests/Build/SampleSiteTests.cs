using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>The real sample site in content/: it builds cleanly under --strict, every park is complete in both
/// languages, and each park's key figures appear on its bulletin page exactly as the sources give them.</summary>
public sealed class SampleSiteBuild : IDisposable
{
    private readonly TempDir _temp = new();

    public SampleSiteBuild()
    {
        Output = _temp["public"];
        Result = Parksitegen.Run("build", Repo.Root, "--out", Output, "--strict", "--no-search");
    }

    public string Output { get; }

    public CliResult Result { get; }

    public void Dispose() => _temp.Dispose();
}

public class SampleSiteTests(SampleSiteBuild site) : IClassFixture<SampleSiteBuild>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path.Trim('/'), "index.html")));

    /// <summary>The text of the table row whose header (without its footnote mark) is <paramref name="indicator"/>.</summary>
    private static string Row(IDocument page, string tableId, string indicator)
    {
        var rows = page.QuerySelectorAll($"#{tableId} tbody tr").Where(r => Header(r.QuerySelector("th")!) == indicator).ToList();
        Assert.True(rows.Count == 1, $"expected one row '{indicator}' in #{tableId}, found {rows.Count}");
        return string.Join(" | ", rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    private static string Header(IElement th) =>
        string.Concat(th.ChildNodes.Where(n => n is not IElement { LocalName: "sup" }).Select(n => n.TextContent)).Trim();

    [Fact]
    public void The_sample_site_builds_under_strict_with_no_warning()
    {
        Assert.True(site.Result.ExitCode == 0, site.Result.ToString());
        Assert.Contains("0 errors, 0 warnings", site.Result.Stdout);
    }

    [Fact]
    public void Every_park_and_year_is_published_in_both_languages()
    {
        var parks = Directory.GetDirectories(Path.Combine(Repo.Root, "content", "parks"));
        Assert.Equal(5, parks.Length);
        foreach (var park in parks)
        {
            var slug = Path.GetFileName(park);
            var years = Directory.GetDirectories(park).Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).ToList();
            Assert.NotEmpty(years);
            foreach (var language in new[] { "zh", "en" })
            {
                Assert.True(File.Exists(Path.Combine(site.Output, language, "parks", slug, "index.html")), $"{language} profile of {slug}");
                foreach (var year in years)
                {
                    Assert.True(File.Exists(Path.Combine(site.Output, language, "parks", slug, year!, "index.html")), $"{language} {slug} {year}");
                }
            }
        }
    }

    public static TheoryData<string, string, string, string, string, string> KeyFigures => new()
    {
        // page, table, zh indicator, zh figure, en indicator, en figure
        { "parks/changning-shuikoushan-edz/2021", "indicators", "技工贸总收入", "396亿元 | 增长20%", "Total revenue from technology, industry and trade", "39.6 billion yuan | up 20 percent" },
        { "parks/changning-shuikoushan-edz/2021", "indicators", "税收", "8.7亿元 | 增长16%", "Tax revenue", "870 million yuan | up 16 percent" },
        { "parks/changning-shuikoushan-edz/2021", "indicators", "招商引资额", "41.88亿元", "Investment attracted", "4.188 billion yuan" },
        { "parks/changning-shuikoushan-edz/2021", "indicators", "“五好”园区综合评价全省排名", "第14名（共143家）", "Rank in Hunan's 'five good' parks evaluation", "14th of 143" },
        { "parks/changning-shuikoushan-edz/2021", "targets-2022", "亩均税收", "20万元/亩以上", "Tax revenue per mu", "200,000 yuan per mu or more" },
        { "parks/changning-shuikoushan-edz/2021", "targets-2022", "技工贸总收入", "500亿元", "Total revenue from technology, industry and trade", "50 billion yuan" },
        { "parks/hengyang-songmu-edz/2023", "indicators", "招商引资额", "115亿元", "Investment attracted", "11.5 billion yuan" },
        { "parks/hengyang-songmu-edz/2023", "indicators", "实际到位外资", "1448万美元", "Paid-in foreign investment", "US$14.48 million" },
        { "parks/hengyang-songmu-edz/2023", "indicators", "招商引资超出全年任务", "15个百分点", "Investment attracted above the annual target", "15 percentage points" },
        { "parks/hengyang-songmu-edz/2023", "indicators", "查处违法违规行为", "300余起", "Violations investigated and dealt with", "over 300" },
        { "parks/hengyang-songmu-edz/2018", "indicators", "近5年累计招商引资额", "320.08亿元", "Investment attracted over five years (cumulative)", "32.008 billion yuan" },
        { "parks/hengyang-songmu-edz/2018", "indicators", "近5年累计引进项目", "58个", "Projects introduced over five years (cumulative)", "58" },
        { "parks/changde-etdz/2023", "indicators", "签约项目协议总投资", "超过26亿元", "Contracted investment of signed projects", "more than 2.6 billion yuan" },
        { "parks/changde-etdz/2023", "indicators", "推进服务项目总投资", "238.95亿元", "Total investment of projects served", "23.895 billion yuan" },
        { "parks/changde-etdz/2023", "indicators", "要素配套投入", "1755万元", "Spending on utilities and infrastructure for projects", "17.55 million yuan" },
        { "parks/changde-etdz/2023", "indicators", "争取专项资金", "3000万元", "Special project funds secured", "30 million yuan" },
        { "parks/jiangshan-edz/2022", "indicators", "固定资产投资", "38.5亿元 | 增长40.9%", "Fixed-asset investment", "3.85 billion yuan | up 40.9 percent" },
        { "parks/jiangshan-edz/2022", "indicators", "新引进项目计划固定资产投资", "127.5亿元", "Planned fixed-asset investment of newly signed projects", "12.75 billion yuan" },
        { "parks/jiangshan-edz/2022", "indicators", "新引进项目新增用地", "1731亩", "Land newly used by introduced projects", "1,731 mu (about 115.4 ha)" },
        { "parks/jiangshan-edz/2022", "indicators", "收集交办督办问题", "近300项", "Issues logged, assigned and supervised", "nearly 300" },
        { "parks/jiangshan-edz/2022", "targets-2023", "新增高新技术企业", "30家以上", "Newly certified high-tech enterprises", "30 or more" },
        { "parks/hengyang-hi-tech-zone/2018", "indicators", "带动入驻的上游配套企业", "14家", "Upstream suppliers attracted by an anchor firm", "14" },
        { "parks/hengyang-hi-tech-zone/2018", "indicators", "上游配套企业累计产值", "10亿元", "Cumulative output value of the upstream suppliers", "1 billion yuan" },
    };

    [Theory]
    [MemberData(nameof(KeyFigures))]
    public void Key_figures_appear_in_both_languages(string page, string table, string zhName, string zh, string enName, string en)
    {
        Assert.Contains(zh, Row(Page("zh/" + page), table, zhName));
        Assert.Contains(en, Row(Page("en/" + page), table, enName));
    }

    [Fact]
    public void Targets_stay_out_of_the_results_tables()
    {
        var page = Page("zh/parks/changning-shuikoushan-edz/2021");
        Assert.DoesNotContain("500亿元", page.QuerySelector("#indicators")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("#indicators tbody th"), th => Header(th) == "工业总产值");
    }

    [Fact]
    public void Distinct_measures_keep_distinct_rows_and_ambiguous_ones_carry_a_note()
    {
        var jiangshan = Page("en/parks/jiangshan-edz/2022");
        Assert.Contains("3.85 billion yuan", Row(jiangshan, "indicators", "Fixed-asset investment"));
        Assert.DoesNotContain("12.75 billion", Row(jiangshan, "indicators", "Fixed-asset investment"));

        var songmu = Page("zh/parks/hengyang-songmu-edz/2023");
        var rd = songmu.QuerySelectorAll("#indicators tbody tr").Single(r => Header(r.QuerySelector("th")!) == "R&D投入占比（口径未注明）");
        Assert.Contains("11.11%", rd.TextContent);
        Assert.NotNull(rd.QuerySelector("sup a"));

        var changde = Page("zh/parks/changde-etdz/2023");
        Assert.Contains("累计（2022年以来）", Row(changde, "indicators", "新引进项目落地率"));
    }

    [Fact]
    public void No_page_uses_the_yen_sign()
    {
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("¥", File.ReadAllText(file));
        }
    }
}
