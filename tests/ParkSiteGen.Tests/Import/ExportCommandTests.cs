using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Import;

/// <summary>`parksitegen export`: the workbook a statistics office fills in, read here by the Open XML SDK.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private List<(string Name, List<List<string>> Rows)> Export(int year, out CliResult result)
    {
        var file = _temp[$"fill-{year}.xlsx"];
        result = Parksitegen.Run("export", "--site", Repo.Fixture("basic-site"), "--year", year.ToString(), "--out", file);
        Assert.True(result.ExitCode == 0, result.ToString());
        return TestWorkbooks.Read(file);
    }

    private static List<string> RowOf(List<List<string>> rows, string key) => rows.Single(r => r.Count > 0 && r[0] == key);

    [Fact]
    public void Each_park_gets_a_sheet_with_both_names_units_last_years_values_and_this_years()
    {
        var sheets = Export(2022, out var result);

        Assert.Contains("one sheet per park (2; 1 with figures for 2022)", result.Stdout);
        Assert.Equal(["alpha-edz", "beta-etdz"], sheets.Select(s => s.Name));
        var alpha = sheets[0].Rows;
        Assert.Equal(["园区 Park", "阿尔法经济开发区", "Alpha Economic Development Zone", "alpha-edz"], alpha[0]);
        Assert.Equal(["年份 Year", "2022"], alpha[1]);
        Assert.Equal(["指标代码 Key", "指标名称", "英文名称 Indicator", "单位 Unit", "上年 2021", "本年 2022", "同比增长(%) YoY", "备注 Note"], alpha[3]);
        Assert.Equal(["tax_revenue", "税收", "Tax revenue", "亿元", "8.7", "8.4", "-3", ""], RowOf(alpha, "tax_revenue"));
        Assert.Equal(["total_revenue", "技工贸总收入", "Total revenue of technology, industry and trade", "亿元", "396", "480", "", ""], RowOf(alpha, "total_revenue"));
        Assert.Equal("台", RowOf(alpha, "monitoring_devices")[3]); // an indicator's own counter
        Assert.Equal(["", ""], RowOf(sheets[1].Rows, "tax_revenue")[4..6]); // beta has nothing for 2021 or 2022
    }

    [Fact]
    public void A_qualified_value_is_written_as_a_person_types_it()
    {
        var beta = Export(2023, out _)[1].Rows;
        Assert.Equal("超过26", RowOf(beta, "contracted_investment")[5]);
        Assert.Equal("11.11", RowOf(beta, "rd_share")[5]);
    }

    [Fact]
    public void A_year_not_yet_entered_is_an_empty_template_with_last_years_figures()
    {
        var sheets = Export(2025, out var result);
        Assert.Contains("an empty template for 2025", result.Stdout);
        var beta = sheets[1].Rows;
        Assert.Equal(["上年 2024", "本年 2025"], beta[3][4..6]);
        Assert.All(beta.Skip(4), row => Assert.True(row.Count < 6 || row[5] == "", string.Join(",", row)));
        Assert.Contains(beta.Skip(4), row => row.Count > 4 && row[4] != "");
    }

    [Fact]
    public void The_year_is_required_and_a_broken_site_is_refused()
    {
        Assert.Equal(2, Parksitegen.Run("export", "--site", Repo.Fixture("basic-site")).ExitCode);

        var site = _temp.CopySite("basic-site");
        var data = Path.Combine(site, "content", "parks", "alpha-edz", "2022", "data.yml");
        File.WriteAllText(data, File.ReadAllText(data).Replace("  rd_share: 2.5\n", "  rd_share: 2.5\n  tax_revenu: 3\n"));
        var broken = Parksitegen.Run("export", "--site", site, "--year", "2023", "--out", _temp["x.xlsx"]);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("did you mean 'tax_revenue'?", broken.Stdout);
        Assert.Contains("Nothing written.", broken.Stdout);
        Assert.False(File.Exists(_temp["x.xlsx"]));
    }
}
