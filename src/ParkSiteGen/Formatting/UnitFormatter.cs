using ParkSiteGen.Model;

namespace ParkSiteGen.Formatting;

/// <summary>The unit table of the content format: how a value in a unit, with its qualifier, is written in
/// each language. The one place for this rule; templates only print what it returns.
/// Chinese keeps the source digits and unit (396亿元); English converts exactly (39.6 billion yuan).</summary>
public static class UnitFormatter
{
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;

    /// <summary>What a unit is called, for the indicator list and the data dictionary: 亿元 / 100 million yuan.</summary>
    public static string Name(Unit unit, string? counter, Language language) => (unit, language.IsChinese) switch
    {
        (Unit.Cny100m, true) => "亿元",
        (Unit.Cny100m, false) => "100 million yuan",
        (Unit.Cny10k, true) => "万元",
        (Unit.Cny10k, false) => "10,000 yuan",
        (Unit.Usd10k, true) => "万美元",
        (Unit.Usd10k, false) => "US$10,000",
        (Unit.Cny10kPerMu, true) => "万元/亩",
        (Unit.Cny10kPerMu, false) => "10,000 yuan per mu",
        (Unit.Percent, true) => "%",
        (Unit.Percent, false) => "percent",
        (Unit.PercentagePoints, true) => "个百分点",
        (Unit.PercentagePoints, false) => "percentage points",
        (Unit.Count, true) => counter ?? "个",
        (Unit.Count, false) => "number",
        (Unit.Enterprises, true) => counter ?? "家",
        (Unit.Enterprises, false) => "enterprises",
        (Unit.Km, true) => "公里",
        (Unit.Km, false) => "km",
        (Unit.Km2, true) => "平方公里",
        (Unit.Km2, false) => "km²",
        (Unit.M210k, true) => "万平方米",
        (Unit.M210k, false) => "10,000 m²",
        (Unit.Mu, true) => "亩",
        (Unit.Mu, false) => "mu",
        (Unit.Mu10k, true) => "万亩",
        (Unit.Mu10k, false) => "10,000 mu",
        (Unit.Tonnes10k, true) => "万吨",
        (Unit.Tonnes10k, false) => "10,000 tonnes",
        (Unit.Tonnes100m, true) => "亿吨",
        (Unit.Tonnes100m, false) => "100 million tonnes",
        (Unit.Months, true) => "个月",
        (Unit.Months, false) => "months",
        (Unit.Rank, true) => "名次",
        (Unit.Rank, false) => "rank",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static string Format(Figure figure, Language language) =>
        Format(figure.Value, figure.Indicator.Unit, figure.Qualifier, figure.Of, figure.Indicator.Counter, language);

    public static string Format(decimal value, Unit unit, Qualifier qualifier, int? of, string? counter, Language language) =>
        language.IsChinese ? Chinese(value, unit, qualifier, of, counter) : English(value, unit, qualifier, of);

    private static string Chinese(decimal value, Unit unit, Qualifier qualifier, int? of, string? counter)
    {
        var number = Numbers.Source(value);
        var (before, after) = unit switch
        {
            Unit.Cny100m => ("", "亿元"),
            Unit.Cny10k => ("", "万元"),
            Unit.Usd10k => ("", "万美元"),
            Unit.Cny10kPerMu => ("", "万元/亩"),
            Unit.Percent => ("", "%"),
            Unit.PercentagePoints => ("", "个百分点"),
            Unit.Count => ("", counter ?? "个"),
            Unit.Enterprises => ("", counter ?? "家"),
            Unit.Km => ("", "公里"),
            Unit.Km2 => ("", "平方公里"),
            Unit.M210k => ("", "万平方米"),
            Unit.Mu => ("", "亩"),
            Unit.Mu10k => ("", "万亩"),
            Unit.Tonnes10k => ("", "万吨"),
            Unit.Tonnes100m => ("", "亿吨"),
            Unit.Months => ("", "个月"),
            Unit.Rank => ("第", "名"),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
        var total = unit == Unit.Rank && of is { } n ? $"（共{n}家）" : "";
        return qualifier switch
        {
            Qualifier.AtLeast => $"{before}{number}{after}以上{total}",
            Qualifier.MoreThan => $"超过{before}{number}{after}{total}",
            // 余/多 sits between the number and the unit: 300余起, 20余个.
            Qualifier.Over => $"{before}{number}余{after}{total}",
            Qualifier.About => $"约{before}{number}{after}{total}",
            Qualifier.Nearly => $"近{before}{number}{after}{total}",
            _ => $"{before}{number}{after}{total}",
        };
    }

    private static string English(decimal value, Unit unit, Qualifier qualifier, int? of)
    {
        // The gloss (hectares for mu) describes the converted figure, so it stays after the qualifier.
        var (main, gloss) = unit switch
        {
            Unit.Cny100m => (Yuan(value * 100_000_000m), ""),
            Unit.Cny10k => (Yuan(value * 10_000m), ""),
            Unit.Usd10k => (UsDollars(value * 10_000m), ""),
            Unit.Cny10kPerMu => (Yuan(value * 10_000m) + " per mu", ""),
            Unit.Percent => (Numbers.Grouped(value) + "%", ""),
            Unit.PercentagePoints => (Numbers.Grouped(value) + (Math.Abs(value) == 1 ? " percentage point" : " percentage points"), ""),
            Unit.Count or Unit.Enterprises => (Numbers.Grouped(value), ""),
            Unit.Km => (Numbers.Grouped(value) + " km", ""),
            Unit.Km2 => (Numbers.Grouped(value) + " km²", ""),
            Unit.M210k => (Scaled(value * 10_000m, "m²"), ""),
            Unit.Mu => (Numbers.Grouped(value) + " mu", Hectares(value)),
            Unit.Mu10k => (Numbers.Grouped(value * 10_000m) + " mu", Hectares(value * 10_000m)),
            Unit.Tonnes10k => (Scaled(value * 10_000m, "tonnes"), ""),
            Unit.Tonnes100m => (Scaled(value * 100_000_000m, "tonnes"), ""),
            Unit.Months => (Numbers.Grouped(value) + (value == 1 ? " month" : " months"), ""),
            Unit.Rank => (Numbers.Ordinal(value) + (of is { } n ? " of " + Numbers.Grouped(n) : ""), ""),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
        var qualified = qualifier switch
        {
            Qualifier.AtLeast => $"{main} or more",
            Qualifier.MoreThan => $"more than {main}",
            Qualifier.Over => $"over {main}",
            Qualifier.About => $"about {main}",
            Qualifier.Nearly => $"nearly {main}",
            _ => main,
        };
        return qualified + gloss;
    }

    /// <summary>Official English amounts: "39.6 billion yuan", "870 million yuan", "500,000 yuan".</summary>
    private static string Yuan(decimal yuan) => Scaled(yuan, "yuan");

    private static string UsDollars(decimal dollars) => "US$" + Scaled(dollars, "").TrimEnd();

    private static string Scaled(decimal amount, string noun)
    {
        var magnitude = Math.Abs(amount);
        var (number, scale) = magnitude switch
        {
            >= Trillion => (amount / Trillion, " trillion"),
            >= Billion => (amount / Billion, " billion"),
            >= Million => (amount / Million, " million"),
            _ => (amount, ""),
        };
        return string.Concat(Numbers.Grouped(number), scale, noun.Length > 0 ? " " : "", noun);
    }

    /// <summary>1 ha = 15 mu exactly; the hectare figure is a rounded gloss, hence "about".</summary>
    private static string Hectares(decimal mu) => $" (about {Numbers.Grouped(Numbers.Round(mu / 15m, 1))} ha)";

}
