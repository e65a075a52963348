using ParkSiteGen.Diagnostics;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Formatting;

public class ChangeFormatterTests
{
    [Theory]
    [InlineData("20", "增长20%", "up 20 percent")]
    [InlineData("-3", "下降3%", "down 3 percent")]
    [InlineData("34.68", "增长34.68%", "up 34.68 percent")]
    [InlineData("-0.5", "下降0.5%", "down 0.5 percent")]
    [InlineData("0", "持平", "unchanged")]
    public void Reported_growth_reads_as_official_prose(string value, string zh, string en)
    {
        var percent = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(zh, ChangeFormatter.Format(percent, computed: false, Language.Zh));
        Assert.Equal(en, ChangeFormatter.Format(percent, computed: false, Language.En));
        Assert.DoesNotContain("-", ChangeFormatter.Format(percent, computed: false, Language.En));
    }

    [Fact]
    public void Computed_growth_is_marked_as_computed()
    {
        Assert.Equal("增长21.2%（计算值）", ChangeFormatter.Format(21.2m, computed: true, Language.Zh));
        Assert.Equal("down 3.1 percent (computed)", ChangeFormatter.Format(-3.1m, computed: true, Language.En));
    }

    private static readonly Indicator Revenue = new("total_revenue", Localized.Same("x"), Unit.Cny100m, true, null, null, null, false, 0);
    private static readonly Indicator Share = new("rd_share", Localized.Same("x"), Unit.Percent, true, null, null, null, false, 1);

    private static Figure Fig(Indicator indicator, decimal value, Qualifier qualifier = Qualifier.None, FigureStatus status = FigureStatus.Actual) =>
        new(indicator, value, qualifier, status, null, null, null, null, null, SourceLocation.WholeFile("x"));

    [Fact]
    public void Growth_is_computed_in_decimal_and_rounded_to_one_place()
    {
        Assert.Equal(21.2m, ChangeFormatter.Compute(Fig(Revenue, 480), Fig(Revenue, 396)));
        Assert.Equal(-3.4m, ChangeFormatter.Compute(Fig(Revenue, 8.4m), Fig(Revenue, 8.7m)));
        Assert.Equal(0m, ChangeFormatter.Compute(Fig(Revenue, 10), Fig(Revenue, 10)));
    }

    [Fact]
    public void Growth_is_not_computed_where_it_would_mislead()
    {
        Assert.Null(ChangeFormatter.Compute(Fig(Share, 3), Fig(Share, 2)));                                       // a share: points, not percent
        Assert.Null(ChangeFormatter.Compute(Fig(Revenue, 30, Qualifier.MoreThan), Fig(Revenue, 20)));              // a bound, not a value
        Assert.Null(ChangeFormatter.Compute(Fig(Revenue, 30), Fig(Revenue, 20, Qualifier.About)));
        Assert.Null(ChangeFormatter.Compute(Fig(Revenue, 30, status: FigureStatus.Cumulative), Fig(Revenue, 20))); // not one year
        Assert.Null(ChangeFormatter.Compute(Fig(Revenue, 30), Fig(Revenue, 0)));                                   // no base
    }
}
