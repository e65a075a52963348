using System.Text.Json;
using ParkSiteGen.Checks;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Checks;

public sealed class PlantedProblems
{
    public CheckRunner.Report Report { get; } = CheckRunner.Run(Repo.Fixture("check-problems"));

    public Diagnostic Single(string code, string file, int line) =>
        Assert.Single(Report.Findings, f => f.Code == code && f.Location?.File == file && f.Location?.Line == line);
}

/// <summary>`check` on a fixture with one problem of each kind planted: each is found, where it is.</summary>
public class CheckTests(PlantedProblems planted) : IClassFixture<PlantedProblems>
{
    private const string Zh = "content/parks/gamma-edz/2021/bulletin.zh.md";
    private const string En = "content/parks/gamma-edz/2021/bulletin.en.md";

    [Fact]
    public void A_missing_page_translation_is_reported() =>
        Assert.Contains(planted.Report.Findings, f => f.Code == "missing-translation" && f.Location?.File == "content/parks/gamma-edz/2022/bulletin.en.md");

    [Fact]
    public void A_missing_field_translation_is_reported() =>
        Assert.Equal(4, Assert.Single(planted.Report.Findings, f => f.Code == "missing-translation" && f.Location?.File == "content/parks/gamma-edz/park.yml").Location?.Line);

    [Fact]
    public void Translation_coverage_is_counted_per_language()
    {
        var zh = Assert.Single(planted.Report.Coverage, c => c.Language == "zh");
        var en = Assert.Single(planted.Report.Coverage, c => c.Language == "en");
        Assert.Equal(zh.Total, zh.Published);
        Assert.Equal(zh.Total - 1, en.Published); // the 2022 bulletin has no English version
        Assert.Equal(zh.Total, en.Total);
    }

    [Fact]
    public void A_broken_internal_link_is_found_in_its_markdown() =>
        Assert.Contains("/zh/parks/nope/", planted.Single("broken-link", Zh, 24).Message);

    [Fact]
    public void A_broken_anchor_is_found_in_its_markdown() =>
        Assert.Equal("#不存在的标题", planted.Single("broken-anchor", Zh, 24).Found);

    [Fact]
    public void An_image_without_alt_text_is_found() => planted.Single("image-without-alt", Zh, 26);

    [Fact]
    public void A_duplicate_id_is_found() =>
        Assert.Contains("'indicators'", Assert.Single(planted.Report.Findings, f => f.Code == "duplicate-id").Message);

    [Fact]
    public void A_mistyped_figure_contradicts_the_data() =>
        Assert.Equal("396亿元", planted.Single("narrative-contradicts-data", Zh, 6).Expected);

    [Fact]
    public void A_wan_written_for_yi_contradicts_the_data() =>
        Assert.Equal("8.7亿元", planted.Single("narrative-contradicts-data", Zh, 8).Expected);

    [Fact]
    public void A_wrong_growth_rate_contradicts_the_data() =>
        Assert.Equal("增长18%", planted.Single("narrative-contradicts-data", Zh, 10).Expected);

    [Fact]
    public void An_english_figure_off_by_ten_contradicts_the_data() =>
        Assert.Equal("870 million yuan", planted.Single("narrative-contradicts-data", En, 6).Expected);

    [Fact]
    public void Targets_and_figures_that_agree_are_not_reported()
    {
        Assert.DoesNotContain(planted.Report.Findings, f => f.Code == "narrative-contradicts-data" && f.Location?.Line == 12);
        Assert.Equal(4, planted.Report.Findings.Count(f => f.Code == "narrative-contradicts-data"));
    }

    [Fact]
    public void A_repeated_paragraph_is_found() => planted.Single("repeated-paragraph", Zh, 16);

    [Fact]
    public void A_doubled_character_is_found() =>
        Assert.Contains("检修修", planted.Single("doubled-text", Zh, 18).Message);

    [Fact]
    public void A_doubled_word_is_found() =>
        Assert.Contains("'亮化' is written twice", planted.Single("doubled-text", Zh, 20).Message);

    [Fact]
    public void Half_width_punctuation_in_chinese_is_found() =>
        Assert.Equal("，", planted.Single("half-width-punctuation", Zh, 22).Expected);

    [Fact]
    public void The_command_fails_on_errors_and_speaks_json()
    {
        var result = Parksitegen.Run("check", Repo.Fixture("check-problems"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(planted.Report.Findings.Count, json.RootElement.GetProperty("findings").GetArrayLength());
        Assert.Equal("content/parks/gamma-edz/2021/bulletin.zh.md", json.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("code").GetString() == "doubled-text").GetProperty("file").GetString());
    }

    [Fact]
    public void Warnings_fail_only_under_strict()
    {
        Assert.Equal(0, Parksitegen.Run("check", Repo.Fixture("basic-site")).ExitCode);
        Assert.Equal(1, Parksitegen.Run("check", Repo.Fixture("basic-site"), "--strict").ExitCode);
    }

    [Fact]
    public void The_sample_site_is_clean()
    {
        var report = CheckRunner.Run(Repo.Root);

        Assert.Empty(report.Findings);
        Assert.All(report.Coverage, c => Assert.Equal(c.Total, c.Published));
        Assert.True(report.LinksChecked > 500);
    }
}

public class SlipTests
{
    [Theory]
    [InlineData("395", "396", true)]       // a mistyped digit
    [InlineData("369", "396", true)]       // transposed digits
    [InlineData("0.087", "8.7", true)]     // a power of ten off (万 for 亿 is 10^4)
    [InlineData("87", "870", true)]
    [InlineData("2.2", "8.7", false)]      // a company's figure that shares the word
    [InlineData("600", "396", false)]      // far off: not a slip of this figure
    public void A_slip_is_close_or_a_power_of_ten_off(string written, string actual, bool slip) =>
        Assert.Equal(slip, ConsistencyCheck.IsSlip(decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));
}
