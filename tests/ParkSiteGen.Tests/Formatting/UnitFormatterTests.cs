using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Formatting;

public class UnitFormatterTests
{
    private static string Zh(string value, string unit, Qualifier qualifier = Qualifier.None, int? of = null, string? counter = null) =>
        UnitFormatter.Format(decimal.Parse(value, CultureInfo.InvariantCulture), Units.ByName[unit], qualifier, of, counter, Language.Zh);

    private static string En(string value, string unit, Qualifier qualifier = Qualifier.None, int? of = null) =>
        UnitFormatter.Format(decimal.Parse(value, CultureInfo.InvariantCulture), Units.ByName[unit], qualifier, of, null, Language.En);

    [Theory]
    [InlineData("396", "cny_100m", "396亿元", "39.6 billion yuan")]
    [InlineData("41.88", "cny_100m", "41.88亿元", "4.188 billion yuan")]
    [InlineData("8.7", "cny_100m", "8.7亿元", "870 million yuan")]
    [InlineData("1.16", "cny_100m", "1.16亿元", "116 million yuan")]
    [InlineData("238.95", "cny_100m", "238.95亿元", "23.895 billion yuan")]
    [InlineData("10", "cny_100m", "10亿元", "1 billion yuan")]
    [InlineData("0.05", "cny_100m", "0.05亿元", "5 million yuan")]
    [InlineData("12000", "cny_100m", "12000亿元", "1.2 trillion yuan")]
    [InlineData("1755", "cny_10k", "1755万元", "17.55 million yuan")]
    [InlineData("1553", "cny_10k", "1553万元", "15.53 million yuan")]
    [InlineData("5000", "cny_10k", "5000万元", "50 million yuan")]
    [InlineData("50", "cny_10k", "50万元", "500,000 yuan")]
    [InlineData("1448", "usd_10k", "1448万美元", "US$14.48 million")]
    [InlineData("50", "usd_10k", "50万美元", "US$500,000")]
    [InlineData("20", "cny_10k_per_mu", "20万元/亩", "200,000 yuan per mu")]
    [InlineData("11.11", "percent", "11.11%", "11.11%")]
    [InlineData("15", "percentage_points", "15个百分点", "15 percentage points")]
    [InlineData("1", "percentage_points", "1个百分点", "1 percentage point")]
    [InlineData("22", "count", "22个", "22")]
    [InlineData("9", "enterprises", "9家", "9")]
    [InlineData("1200", "enterprises", "1200家", "1,200")]
    [InlineData("12", "km", "12公里", "12 km")]
    [InlineData("8.79", "km2", "8.79平方公里", "8.79 km²")]
    [InlineData("2", "months", "2个月", "2 months")]
    [InlineData("1", "months", "1个月", "1 month")]
    [InlineData("40", "m2_10k", "40万平方米", "400,000 m²")]
    [InlineData("1731", "mu", "1731亩", "1,731 mu (about 115.4 ha)")]
    [InlineData("5000", "mu", "5000亩", "5,000 mu (about 333.3 ha)")]
    [InlineData("1", "mu_10k", "1万亩", "10,000 mu (about 666.7 ha)")]
    [InlineData("31.7", "tonnes_10k", "31.7万吨", "317,000 tonnes")]
    [InlineData("140", "tonnes_10k", "140万吨", "1.4 million tonnes")]
    [InlineData("140", "tonnes_100m", "140亿吨", "14 billion tonnes")]
    [InlineData("4.4", "tonnes_100m", "4.4亿吨", "440 million tonnes")]
    [InlineData("14", "rank", "第14名", "14th")]
    public void Writes_each_unit_as_the_content_format_says(string value, string unit, string zh, string en)
    {
        Assert.Equal(zh, Zh(value, unit));
        Assert.Equal(en, En(value, unit));
    }

    [Fact]
    public void Chinese_keeps_the_source_digits_english_never_rounds_them_away()
    {
        Assert.Equal("41.880亿元", Zh("41.880", "cny_100m"));
        Assert.Equal("4.188 billion yuan", En("41.880", "cny_100m"));
        Assert.Equal("1.23456789 billion yuan", En("12.3456789", "cny_100m"));
    }

    [Fact]
    public void Ranks_say_out_of_how_many()
    {
        Assert.Equal("第14名（共143家）", Zh("14", "rank", of: 143));
        Assert.Equal("14th of 143", En("14", "rank", of: 143));
        Assert.Equal("1st of 1,200", En("1", "rank", of: 1200));
        Assert.Equal("2nd", En("2", "rank"));
        Assert.Equal("3rd", En("3", "rank"));
        Assert.Equal("11th", En("11", "rank"));
        Assert.Equal("12th", En("12", "rank"));
        Assert.Equal("13th", En("13", "rank"));
        Assert.Equal("21st", En("21", "rank"));
        Assert.Equal("112th", En("112", "rank"));
        Assert.Equal("1,001st of 1,200", En("1001", "rank", of: 1200));
        Assert.Equal("Ranked 1,002nd", "Ranked " + Numbers.Ordinal(1002));
    }

    [Theory]
    [InlineData(Qualifier.AtLeast, "30家以上", "30 or more")]
    [InlineData(Qualifier.MoreThan, "超过30家", "more than 30")]
    [InlineData(Qualifier.Over, "30余家", "over 30")]
    [InlineData(Qualifier.About, "约30家", "about 30")]
    [InlineData(Qualifier.Nearly, "近30家", "nearly 30")]
    public void Qualifiers_are_never_dropped(Qualifier qualifier, string zh, string en)
    {
        Assert.Equal(zh, Zh("30", "enterprises", qualifier));
        Assert.Equal(en, En("30", "enterprises", qualifier));
    }

    [Fact]
    public void Qualifiers_wrap_the_converted_amount_and_keep_the_gloss_after_it()
    {
        Assert.Equal("超过26亿元", Zh("26", "cny_100m", Qualifier.MoreThan));
        Assert.Equal("more than 2.6 billion yuan", En("26", "cny_100m", Qualifier.MoreThan));
        Assert.Equal("1万亩以上", Zh("1", "mu_10k", Qualifier.AtLeast));
        Assert.Equal("10,000 mu or more (about 666.7 ha)", En("1", "mu_10k", Qualifier.AtLeast));
        Assert.Equal("20万元/亩以上", Zh("20", "cny_10k_per_mu", Qualifier.AtLeast));
        Assert.Equal("300余起", Zh("300", "count", Qualifier.Over, counter: "起"));
        Assert.Equal("约10亿元", Zh("10", "cny_100m", Qualifier.About));
        Assert.Equal("about 1 billion yuan", En("10", "cny_100m", Qualifier.About));
    }

    [Fact]
    public void A_counter_replaces_the_default_measure_word_in_chinese_only()
    {
        Assert.Equal("109台", Zh("109", "count", counter: "台"));
        Assert.Equal("109", En("109", "count"));
    }

    [Fact]
    public void English_never_writes_the_yen_sign_or_cny_prefix_in_figures()
    {
        foreach (var unit in new[] { "cny_100m", "cny_10k", "cny_10k_per_mu", "usd_10k" })
        {
            var text = En("123.45", unit);
            Assert.DoesNotContain("¥", text);
            Assert.DoesNotContain("RMB", text);
        }
    }

    [Fact]
    public void Every_unit_has_one_name_and_is_named_by_it()
    {
        Assert.Equal(Enum.GetValues<Unit>().Length, Units.ByName.Count);
        foreach (var (name, unit) in Units.ByName)
        {
            Assert.Equal(name, Units.NameOf(unit));
        }
    }
}
