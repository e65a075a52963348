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
    [InlineData("79228162514264337593543950335", "79,228,162,514,264,337,593,543,950,335")] // decimal.MaxValue: the longest there is
    [InlineData("-7922816251426433759354395033.5", "-7,922,816,251,426,433,759,354,395,033.5")]
    public void English_numbers_are_grouped_exactly(string value, string expected) =>
        Assert.Equal(expected, Numbers.Grouped(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

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
