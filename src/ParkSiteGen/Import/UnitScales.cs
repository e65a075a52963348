using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

/// <summary>What a unit measures and in which power of ten: 亿元 is yuan × 10^8, 万元 yuan × 10^4, so a value moves
/// between them by a power of ten, exactly, in decimal. The words are those of statistics tables (元, 万元, 亿元,
/// 千元; 万美元; 吨, 万吨; 亩, 万亩; 平方公里...); the units are those of indicators.yml.</summary>
public static class UnitScales
{
    public enum Measure
    {
        Yuan,
        UsDollars,
        YuanPerMu,
        Percent,
        PercentagePoints,
        Count,
        Km,
        Km2,
        SquareMetres,
        Mu,
        Tonnes,
        Months,
        Rank,
    }

    /// <param name="Words">How the sheet wrote it, for messages ("万元").</param>
    public readonly record struct Scale(Measure Measure, int Power, string Words);

    public static Scale Of(Unit unit, string? counter) => unit switch
    {
        Unit.Cny100m => new(Measure.Yuan, 8, "亿元"),
        Unit.Cny10k => new(Measure.Yuan, 4, "万元"),
        Unit.Usd10k => new(Measure.UsDollars, 4, "万美元"),
        Unit.Cny10kPerMu => new(Measure.YuanPerMu, 4, "万元/亩"),
        Unit.Percent => new(Measure.Percent, 0, "%"),
        Unit.PercentagePoints => new(Measure.PercentagePoints, 0, "个百分点"),
        Unit.Count => new(Measure.Count, 0, counter ?? "个"),
        Unit.Enterprises => new(Measure.Count, 0, counter ?? "家"),
        Unit.Km => new(Measure.Km, 0, "公里"),
        Unit.Km2 => new(Measure.Km2, 0, "平方公里"),
        Unit.M210k => new(Measure.SquareMetres, 4, "万平方米"),
        Unit.Mu => new(Measure.Mu, 0, "亩"),
        Unit.Mu10k => new(Measure.Mu, 4, "万亩"),
        Unit.Tonnes10k => new(Measure.Tonnes, 4, "万吨"),
        Unit.Tonnes100m => new(Measure.Tonnes, 8, "亿吨"),
        Unit.Months => new(Measure.Months, 0, "个月"),
        Unit.Rank => new(Measure.Rank, 0, "名"),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    // Whole words first: 千米 is a kilometre, not a thousand metres; 个月 months, not a count.
    private static readonly (string Word, Measure Measure)[] Words =
    [
        ("个百分点", Measure.PercentagePoints), ("百分点", Measure.PercentagePoints), ("pp", Measure.PercentagePoints),
        ("元/亩", Measure.YuanPerMu), ("个月", Measure.Months), ("月", Measure.Months),
        ("平方公里", Measure.Km2), ("平方千米", Measure.Km2), ("km2", Measure.Km2), ("km²", Measure.Km2),
        ("平方米", Measure.SquareMetres), ("m2", Measure.SquareMetres), ("m²", Measure.SquareMetres), ("㎡", Measure.SquareMetres),
        ("公里", Measure.Km), ("千米", Measure.Km), ("km", Measure.Km),
        ("美元", Measure.UsDollars), ("usd", Measure.UsDollars), ("us$", Measure.UsDollars),
        ("人民币元", Measure.Yuan), ("元", Measure.Yuan), ("yuan", Measure.Yuan), ("cny", Measure.Yuan),
        ("%", Measure.Percent), ("percent", Measure.Percent),
        ("亩", Measure.Mu), ("mu", Measure.Mu), ("吨", Measure.Tonnes), ("tonnes", Measure.Tonnes),
    ];

    /// <summary>Counter words (量词) of counts; an indicator's own counter is added to them.</summary>
    private static readonly string[] Counters = ["个", "家", "项", "件", "座", "条", "户", "名", "人", "位", "台", "套", "次", "所", "批", "栋", "处"];

    private static readonly (string Word, int Power)[] Multipliers = [("万亿", 12), ("千亿", 11), ("百亿", 10), ("亿", 8), ("千万", 7), ("百万", 6), ("万", 4), ("千", 3)];

    /// <summary>The scale of a unit as written in a cell or header (normalized: no spaces, lower case); null when the
    /// words are not a unit. No unit at all is a number in the indicator's own unit.</summary>
    public static Scale? Parse(string words, Scale indicator)
    {
        if (Whole(words, indicator) is { } whole)
        {
            return new Scale(whole, 0, words);
        }

        foreach (var (multiplier, power) in Multipliers)
        {
            if (words.StartsWith(multiplier, StringComparison.Ordinal))
            {
                var rest = words[multiplier.Length..];
                if (rest.Length == 0)
                {
                    // "1.2万" for a count: the indicator's own measure, times ten thousand.
                    return new Scale(indicator.Measure, power, words);
                }

                return Whole(rest, indicator) is { } measure ? new Scale(measure, power, words) : null;
            }
        }

        if (words.Length == 0)
        {
            return indicator;
        }

        return null;
    }

    private static Measure? Whole(string words, Scale indicator)
    {
        if (indicator.Measure == Measure.Rank && words is "名" or "位")
        {
            return Measure.Rank;
        }

        foreach (var (word, measure) in Words)
        {
            if (words == word)
            {
                return measure;
            }
        }

        return Counters.Contains(words) || (indicator.Measure == Measure.Count && words == indicator.Words) ? Measure.Count : null;
    }

    /// <summary><paramref name="value"/> in <paramref name="from"/>, exactly, in <paramref name="to"/>'s power of ten.</summary>
    public static decimal Convert(decimal value, Scale from, Scale to)
    {
        var shift = from.Power - to.Power;
        var factor = 1m;
        for (var i = 0; i < Math.Abs(shift); i++)
        {
            factor *= 10m;
        }

        return shift >= 0 ? value * factor : value / factor;
    }
}
