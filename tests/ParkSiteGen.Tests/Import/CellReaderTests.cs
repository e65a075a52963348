using ParkSiteGen.Import;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Tests.Import;

public class CellReaderTests
{
    private static readonly UnitScales.Scale Cny100m = UnitScales.Of(Unit.Cny100m, null);
    private static readonly UnitScales.Scale Cny10k = UnitScales.Of(Unit.Cny10k, null);
    private static readonly UnitScales.Scale Enterprises = UnitScales.Of(Unit.Enterprises, null);
    private static readonly UnitScales.Scale Percent = UnitScales.Of(Unit.Percent, null);

    private static CellValue Read(string text, UnitScales.Scale target, string? columnUnit = null)
    {
        var value = CellReader.Value(new SheetCell(text), target, columnUnit, out var problem);
        Assert.Null(problem);
        return Assert.IsType<CellValue>(value);
    }

    private static CellProblem Problem(SheetCell cell, UnitScales.Scale target, string? columnUnit = null)
    {
        Assert.Null(CellReader.Value(cell, target, columnUnit, out var problem));
        return Assert.IsType<CellProblem>(problem);
    }

    [Theory]
    [InlineData("8.7", 8.7)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData(" 396 ", 396)]
    [InlineData("-3.2", -3.2)]
    [InlineData(".5", 0.5)]
    public void Reads_numbers_typed_as_text(string text, double expected) =>
        Assert.Equal((decimal)expected, Read(text, Cny100m).Value);

    [Theory]
    [InlineData("８．７", 8.7)]
    [InlineData("１，２３４．５", 1234.5)]
    [InlineData("８．７亿元", 8.7)]
    [InlineData("８。７", 8.7)]
    public void Reads_full_width_digits_and_signs(string text, double expected) =>
        Assert.Equal((decimal)expected, Read(text, Cny100m).Value);

    [Fact]
    public void Converts_ten_thousands_of_yuan_to_hundred_millions_exactly_and_says_so()
    {
        var value = Read("87,000万元", Cny100m);
        Assert.Equal(8.7m, value.Value);
        Assert.Equal("87,000万元 = 8.7亿元", value.Conversion);

        // The unit of the column (a header's "（万元）", a 单位 cell) converts a bare number the same way.
        var byColumn = Read("41,880", Cny100m, columnUnit: "万元");
        Assert.Equal(4.188m, byColumn.Value);
        Assert.Equal("41,880万元 = 4.188亿元", byColumn.Conversion);

        // And the other way, and from yuan: no rounding, ever.
        Assert.Equal(87000m, Read("8.7亿元", Cny10k).Value);
        Assert.Equal(0.00000001m, Read("1元", Cny100m).Value);
        Assert.Equal(123456.789m, Read("1234567890元", Cny10k).Value);
    }

    [Fact]
    public void A_number_in_the_indicators_unit_is_not_converted()
    {
        var value = Read("8.7亿元", Cny100m);
        Assert.Equal(8.7m, value.Value);
        Assert.Null(value.Conversion);
    }

    [Theory]
    [InlineData("5个以上", 5, Qualifier.AtLeast)]
    [InlineData("5家及以上", 5, Qualifier.AtLeast)]
    [InlineData("逾10", 10, Qualifier.MoreThan)]
    [InlineData("超过26", 26, Qualifier.MoreThan)]
    [InlineData("约1.2万", 12000, Qualifier.About)]
    [InlineData("1万余家", 10000, Qualifier.Over)]
    [InlineData("50余家", 50, Qualifier.Over)]
    [InlineData("50多家", 50, Qualifier.Over)]
    [InlineData("近30", 30, Qualifier.Nearly)]
    [InlineData("30家左右", 30, Qualifier.About)]
    [InlineData("about 30", 30, Qualifier.About)]
    public void Reads_qualifiers_of_counts(string text, int value, Qualifier qualifier)
    {
        var read = Read(text, Enterprises);
        Assert.Equal(value, read.Value);
        Assert.Equal(qualifier, read.Qualifier);
    }

    [Fact]
    public void Reads_a_qualifier_with_a_unit_and_converts()
    {
        var read = Read("逾10亿元", Cny10k);
        Assert.Equal((100000m, Qualifier.MoreThan), (read.Value, read.Qualifier));
        Assert.Equal("10亿元 = 100,000万元", read.Conversion);
    }

    [Fact]
    public void Reads_percentages_typed_and_formatted()
    {
        Assert.Equal(6.5m, CellReader.Growth(new SheetCell("6.5%"), out var p1));
        Assert.Equal(6.5m, CellReader.Growth(new SheetCell("６．５％"), out var p2));
        Assert.Equal(-3.2m, CellReader.Growth(new SheetCell("下降3.2%"), out var p3));
        Assert.Equal(16m, CellReader.Growth(new SheetCell("16", 16m), out var p4));

        // Excel keeps a cell formatted as a percentage as a fraction.
        var formatted = CellReader.Value(new SheetCell("0.065", 0.065m, Percent: true), Percent, null, out var p5);
        Assert.Equal(6.5m, formatted!.Value);
        Assert.All(new[] { p1, p2, p3, p4, p5 }, Assert.Null);
    }

    [Fact]
    public void Numbers_in_a_workbook_are_read_as_numbers()
    {
        var value = CellReader.Value(new SheetCell("41880", 41880m), Cny100m, "万元", out var problem);
        Assert.Null(problem);
        Assert.Equal(4.188m, value!.Value);
    }

    [Fact]
    public void A_correction_mark_after_the_value_is_seen()
    {
        var read = Read("8.9（更正）", Cny100m);
        Assert.True(read.Corrected);
        Assert.Equal(8.9m, read.Value);
        Assert.False(Read("8.9", Cny100m).Corrected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("/")]
    public void A_blank_or_a_dash_is_no_figure(string text)
    {
        Assert.Null(CellReader.Value(new SheetCell(text), Cny100m, null, out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_cell_that_is_no_number_says_what_was_found_and_expected()
    {
        var problem = Problem(new SheetCell("8..7"), Cny100m);
        Assert.Equal("'8..7'", problem.Found);
        Assert.Contains("a number in 亿元", problem.Expected);

        Assert.Contains("a point for decimals", Problem(new SheetCell("9,1"), Cny100m).Hint);
        Assert.Contains("a point for decimals", Problem(new SheetCell("8..7亿元"), Cny100m).Hint);

        var words = Problem(new SheetCell("待统计"), Cny100m);
        Assert.Contains("leave the cell empty", words.Hint);
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_a_problem_not_a_crash()
    {
        Assert.Contains("far too large", Problem(new SheetCell("99999999999999999999999999999999"), Cny100m).Hint);
        Assert.Contains("far too large", Problem(new SheetCell("79228162514264337593543950335亿元"), Cny10k).Hint);
        Assert.Contains("far too large", Problem(new SheetCell("7E+27", 7e27m, Percent: true), Percent).Hint);
    }

    [Fact]
    public void A_unit_of_another_measure_is_refused()
    {
        var problem = Problem(new SheetCell("8.7亿元"), Enterprises);
        Assert.Contains("亿元 and 家 measure different things", problem.Hint);

        Assert.Contains("'斤' is not a unit", Problem(new SheetCell("8斤"), Cny100m).Hint);
    }

    [Fact]
    public void A_count_must_be_whole_after_conversion()
    {
        var problem = Problem(new SheetCell("1.23456万"), Enterprises);
        Assert.Equal("a whole number of 家", problem.Expected);
    }

    [Fact]
    public void Two_qualifiers_are_one_too_many()
    {
        var problem = Problem(new SheetCell("约50余家"), Enterprises);
        Assert.Contains("one qualifier", problem.Expected);
    }
}
