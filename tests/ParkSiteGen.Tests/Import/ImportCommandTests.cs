using System.Text;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Import;

/// <summary>`parksitegen import` on a copy of the basic fixture site, with workbooks made by another library (the Open
/// XML SDK) and CSV files as Excel saves them.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _site;

    public ImportCommandTests() => _site = _temp.CopySite("basic-site");

    public void Dispose() => _temp.Dispose();

    private string DataYml(string park, int year) => Path.Combine(_site, "content", "parks", park, year.ToString(), "data.yml");

    private string Xlsx(params object?[][] rows)
    {
        var path = _temp["figures.xlsx"];
        TestWorkbooks.Write(path, ("Sheet1", rows));
        return path;
    }

    private CliResult Import(string file, params string[] options) => Parksitegen.Run(["import", file, "--site", _site, .. options]);

    /// <summary>Alpha's 2023, not yet entered: a report as a statistics office sends it.</summary>
    private string AlphaReport2023(object? taxCell = null, string revenueName = "技工贸总收入") => Xlsx(
        ["阿尔法经开区2023年主要经济指标"],
        [],
        ["指标名称", "单位", "本年", "同比增长(%)", "备注"],
        [revenueName, "亿元", 520m, 8.3m, null],
        ["税收", "万元", taxCell ?? "87,000", null, null],
        ["新增高新技术企业", "家", "40家以上", null, null]);

    [Fact]
    public void Without_write_it_shows_each_figure_and_writes_nothing()
    {
        var result = Import(AlphaReport2023());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Read figures.xlsx: Excel workbook (.xlsx).", result.Stdout);
        Assert.Contains("sheet 'Sheet1': one park, one year, indicators as rows (alpha-edz, 2023)", result.Stdout);
        Assert.Contains("Sheet1!C5: 87,000万元 = 8.7亿元", result.Stdout);
        Assert.Contains("content/parks/alpha-edz/2023/data.yml (new file)", result.Stdout);
        Assert.Contains("+ total_revenue 技工贸总收入: 520 (yoy 8.3%)  (Sheet1!C4)", result.Stdout);
        Assert.Contains("+ tax_revenue 税收: 8.7  (Sheet1!C5)", result.Stdout);
        Assert.Contains("+ new_high_tech_enterprises 新增高新技术企业: 40以上  (Sheet1!C6)", result.Stdout);
        Assert.Contains("3 new, 0 changed, 0 unchanged, 0 kept", result.Stdout);
        Assert.Contains("Nothing written: run again with --write", result.Stdout);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataYml("alpha-edz", 2023))));
    }

    [Fact]
    public void With_write_it_creates_the_years_folder_and_validates_the_site()
    {
        var result = Import(AlphaReport2023(), "--write");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("created content/parks/alpha-edz/2023/data.yml", result.Stdout);
        Assert.Contains("the site's content checks out", result.Stdout);
        Assert.Equal("""
            # alpha-edz, 2023: figures imported from figures.xlsx. Add the sources (sources:) and check each figure against them.
            indicators:
              total_revenue: { value: 520, yoy: 8.3 }
              tax_revenue: 8.7
              new_high_tech_enterprises: { value: 40, qualifier: at_least }

            """, File.ReadAllText(DataYml("alpha-edz", 2023)));

        // The site builds with them.
        var build = Parksitegen.Run("build", _site, "--out", _temp["public"], "--no-search");
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void Comments_key_order_and_other_values_are_kept()
    {
        const string before = """
            # Alpha EDZ, 2022 results. Source: Hengyang Daily, February 20, 2023.
            indicators:
              total_revenue: 480          # 技工贸总收入, as printed
              tax_revenue: { value: 8.4, yoy: -3 }
              fixed_asset_investment: { value: 75, yoy: 44.2 }
              # the rest of the bulletin's figures
              new_high_tech_enterprises: 32
              rd_share: 2.5
            sources:
              - { zh: 衡阳日报 2023年2月20日, en: "Hengyang Daily, February 20, 2023" }

            """;
        File.WriteAllText(DataYml("alpha-edz", 2022), before);
        var sheet = Xlsx(
            ["园区", "阿尔法经济开发区"],
            ["年份", 2022m],
            ["指标名称", "单位", "本年", "同比增长(%)"],
            ["技工贸总收入", "亿元", 480m, 12.5m],
            ["招商引资", "亿元", "约41.88", null],
            ["税收", "亿元", 8.4m, -3m]);

        var result = Import(sheet, "--write");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("~ total_revenue 技工贸总收入: 480 -> 480 (yoy 12.5%)", result.Stdout);
        Assert.Contains("= unchanged (1): tax_revenue", result.Stdout);
        Assert.Equal(before
            .Replace("  total_revenue: 480          #", "  total_revenue: { value: 480, yoy: 12.5 }          #")
            .Replace("  rd_share: 2.5\n", "  rd_share: 2.5\n  investment_attracted: { value: 41.88, qualifier: about }\n"),
            File.ReadAllText(DataYml("alpha-edz", 2022)));
    }

    private string Revenue2022(string? note) => Xlsx(
        ["园区", "alpha-edz"],
        ["年份", "2022年"],
        ["指标名称", "本年", "备注"],
        ["技工贸总收入", 500m, note]);

    [Fact]
    public void A_different_value_is_kept_unless_the_sheet_marks_it_or_force_is_given()
    {
        var original = File.ReadAllText(DataYml("alpha-edz", 2022));

        var kept = Import(Revenue2022(null), "--write");
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.Contains("! total_revenue 技工贸总收入: keeps 480; the sheet says 500 at Sheet1!B4: mark it 更正 in 备注", kept.Stdout);
        Assert.Contains("or pass --force", kept.Stdout);
        Assert.Contains("0 new, 0 changed, 0 unchanged, 1 kept", kept.Stdout);
        Assert.Equal(original, File.ReadAllText(DataYml("alpha-edz", 2022)));

        var forced = Import(Revenue2022(null), "--write", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("~ total_revenue 技工贸总收入: 480 -> 500  (Sheet1!B4)", forced.Stdout);
        Assert.Equal(original.Replace("total_revenue: 480", "total_revenue: 500"), File.ReadAllText(DataYml("alpha-edz", 2022)));
    }

    [Fact]
    public void A_correction_marked_in_the_note_replaces_the_value()
    {
        var original = File.ReadAllText(DataYml("alpha-edz", 2022));
        var result = Import(Revenue2022("数据更正"), "--write");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("~ total_revenue 技工贸总收入: 480 -> 500  (Sheet1!B4, marked as a correction)", result.Stdout);
        Assert.Equal(original.Replace("total_revenue: 480", "total_revenue: 500"), File.ReadAllText(DataYml("alpha-edz", 2022)));
    }

    [Fact]
    public void An_unknown_indicator_is_an_error_with_its_suggestion_and_nothing_is_written()
    {
        var result = Import(AlphaReport2023(revenueName: "技工贸总收人"), "--write");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error[import-indicator]: figures.xlsx Sheet1!A4: '技工贸总收人' is not an indicator of content/indicators.yml", result.Stdout);
        Assert.Contains("hint:     did you mean '技工贸总收入'?", result.Stdout);
        Assert.Contains("Nothing written.", result.Stdout);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataYml("alpha-edz", 2023))));
    }

    [Fact]
    public void A_broken_cell_names_its_sheet_and_cell()
    {
        var result = Import(AlphaReport2023(taxCell: "8..7亿元"), "--write");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error[import-cell]: figures.xlsx Sheet1!C5: the 税收 (tax_revenue) cannot be read", result.Stdout);
        Assert.Contains("found:    '8..7亿元'", result.Stdout);
        Assert.Contains("expected: a number in 亿元", result.Stdout);
        Assert.DoesNotContain("   at ", result.Stdout + result.Stderr);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataYml("alpha-edz", 2023))));
    }

    private string Csv(string text, Encoding encoding)
    {
        var path = _temp["ranking.csv"];
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text.Replace("\n", "\r\n"))]);
        return path;
    }

    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    private const string Ranking = """
        2023年全省园区主要经济指标
        序号,园区名称,税收（亿元）,税收增速(%),新增高新技术企业（家）,所在市州
        1,阿尔法经开区,"9,1",4.6,35,衡阳市
        2,贝塔经济技术开发区,3.2,,9,常德市
        ,合计,12.3,,44,

        """;

    [Fact]
    public void A_ranking_table_saved_as_GBK_CSV_is_read_and_said_to_be()
    {
        var result = Import(Csv(Ranking.Replace("\"9,1\"", "9.1"), Gbk()));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Read ranking.csv: CSV, GBK/GB18030, as Excel saves CSV on Chinese Windows.", result.Stdout);
        Assert.Contains("sheet 'ranking': many parks, indicators as columns (2 parks, 2 indicators, 2023)", result.Stdout);
        Assert.Contains("+ tax_revenue 税收: 9.1 (yoy 4.6%)  (ranking!C3)", result.Stdout);
        Assert.Contains("+ new_high_tech_enterprises 新增高新技术企业: 35  (ranking!E3)", result.Stdout);
        Assert.Contains("= unchanged (1): new_high_tech_enterprises", result.Stdout);
        Assert.Contains("content/parks/beta-etdz/2023/data.yml\n  + tax_revenue 税收: 3.2  (ranking!C4)", result.Stdout);
    }

    [Fact]
    public void A_UTF8_CSV_with_a_byte_order_mark_is_read_and_written()
    {
        var result = Import(Csv(Ranking.Replace("\"9,1\"", "9.1"), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)), "--write");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("CSV, UTF-8 with a byte order mark", result.Stdout);
        Assert.Contains("  tax_revenue: 3.2\n", File.ReadAllText(DataYml("beta-etdz", 2023)));
        Assert.Contains("  tax_revenue: { value: 9.1, yoy: 4.6 }\n", File.ReadAllText(DataYml("alpha-edz", 2023)));
    }

    [Fact]
    public void A_park_that_does_not_exist_is_an_error()
    {
        var result = Import(Csv(Ranking.Replace("\"9,1\"", "9.1").Replace("贝塔经济技术开发区", "伽马高新区").Replace("阿尔法经开区", "阿尔法经开"), Encoding.UTF8));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ranking.csv ranking!B4: '伽马高新区' is not a park of this site", result.Stdout);
        Assert.Contains("add the park first (parksitegen new park SLUG)", result.Stdout);
        Assert.Contains("ranking.csv ranking!B3: '阿尔法经开' is not a park of this site", result.Stdout);
        Assert.Contains("did you mean '阿尔法经开区'?", result.Stdout);
    }

    [Fact]
    public void A_comma_inside_a_number_where_a_point_belongs_is_an_error()
    {
        var result = Import(Csv(Ranking, Encoding.UTF8));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ranking.csv ranking!C3: the 税收 (tax_revenue) cannot be read", result.Stdout);
    }

    [Fact]
    public void A_sheet_that_names_no_park_asks_for_one()
    {
        var sheet = Xlsx(["指标名称", "本年"], ["税收", 3m]);
        var result = Import(sheet, "--year", "2023");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not say which park", result.Stdout);
        Assert.Contains("--park SLUG", result.Stdout);

        var given = Import(sheet, "--year", "2023", "--park", "beta-etdz");
        Assert.True(given.ExitCode == 0, given.ToString());
        Assert.Contains("+ tax_revenue 税收: 3  (Sheet1!B2)", given.Stdout);
    }

    [Fact]
    public void Files_that_are_not_sheets_get_a_clear_message()
    {
        File.WriteAllText(_temp["notes.txt"], "hello");
        var text = Import(_temp["notes.txt"]);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("notes.txt is not a spreadsheet ParkSiteGen reads", text.Stdout);

        File.WriteAllBytes(_temp["broken.xlsx"], [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);
        var broken = Import(_temp["broken.xlsx"]);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("broken.xlsx is not a workbook ParkSiteGen can read", broken.Stdout);

        var missing = Import(_temp["missing.xlsx"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("missing.xlsx cannot be read", missing.Stdout);
        Assert.All(new[] { text, broken, missing }, r => Assert.DoesNotContain("internal error", r.Stderr));
    }
}
