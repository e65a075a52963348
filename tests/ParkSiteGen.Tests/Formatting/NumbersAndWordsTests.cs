using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Formatting;

public class NumbersAndWordsTests
{
    [Theory]
    [InlineData("0", "0")]
    [InlineData("999", "999")]
    [InlineData("1000", "1,000")]
    [InlineData("1731", "1,731")]
    [InlineData("317000", "317,000")]
    [InlineData("1234567.891", "1,234,567.891")]
    [InlineData("4.1880", "4.188")]
    [InlineData("50.00", "50")]
    [InlineData("-1234.5", "-1,234.5")]
    [InlineData("-999.10", "-999.1")]
    [InlineData("0.0500", "0.05")]
    [InlineData("0.000", "0")]
    [InlineData("-0.00", "0")]
    [InlineData("100.0", "100")]
    [InlineData("1000.000", "1,000")]
    [InlineData("10.010", "10.01")]
    [InlineData("79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,335")] // decimal.MaxValue: the longest there is
    [InlineData("-7922816251426433759354395033.5", "-7,922,816,251,426,433,759,354,395,033.5")]
    public void English_numbers_are_grouped_exactly(string value, string expected) =>
        Assert.Equal(expected, Numbers.Grouped(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Grouped drops the fraction's trailing zeros from the stored digits instead of dividing: it must spell
    /// exactly what the normalised value (the smallest scale) spells, at every scale and sign.</summary>
    [Fact]
    public void Grouped_spells_the_normalised_value_at_every_scale()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 20_000; i++)
        {
            var scale = (byte)random.Next(0, 12);
            var value = new decimal(random.Next(), random.Next(0, 1000), 0, random.Next(2) == 0, scale);
            var normalised = Numbers.Normalize(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(normalised, Numbers.Grouped(value).Replace(",", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Dates_follow_each_language()
    {
        var date = new DateOnly(2022, 2, 22);
        Assert.Equal("2022年2月22日", FigureWords.Date(date, Language.Zh));
        Assert.Equal("February 22, 2022", FigureWords.Date(date, Language.En));
    }

    [Fact]
    public void Status_and_verdict_words_exist_in_both_languages()
    {
        foreach (var status in Enum.GetValues<FigureStatus>())
        {
            Assert.False(string.IsNullOrWhiteSpace(FigureWords.Status(status, Language.Zh)));
            Assert.False(string.IsNullOrWhiteSpace(FigureWords.Status(status, Language.En)));
        }

        Assert.Equal("已完成", FigureWords.Verdict(true, Language.Zh));
        Assert.Equal("not met", FigureWords.Verdict(false, Language.En));
        Assert.Equal("96% of target", FigureWords.ShareOfTarget(96m, Language.En));
    }

    [Fact]
    public void Lists_and_places_join_per_language()
    {
        Assert.Equal("有色金属、新材料", TextJoin.List(["有色金属", "新材料"], Language.Zh));
        Assert.Equal("Metals, Materials", TextJoin.List(["Metals", "Materials"], Language.En));
        Assert.Equal("湖南省衡阳市", TextJoin.Place("湖南省", "衡阳市", Language.Zh));
        Assert.Equal("Hengyang, Hunan", TextJoin.Place("Hunan", "Hengyang", Language.En));
    }
}
