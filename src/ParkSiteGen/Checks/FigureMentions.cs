using System.Globalization;
using System.Text.RegularExpressions;
using ParkSiteGen.Model;

namespace ParkSiteGen.Checks;

/// <summary>Figures written in narrative text ("396亿元", "39.6 billion yuan", "up 20 percent"), read back into
/// the units of indicators.yml so they can be compared with data.yml. The inverse of Formatting/UnitFormatter.</summary>
public static partial class FigureMentions
{
    /// <summary>What a unit measures, and how many base units one of it is (亿元: yuan, 10^8).</summary>
    public sealed record Measure(string Family, decimal Factor);

    /// <param name="Value">In base units of its family (yuan, US dollars, tonnes, m², mu, percent, points, items).</param>
    public sealed record Mention(int Index, int Length, string Text, decimal Value, string Family, decimal? Growth);

    public static Measure? MeasureOf(Unit unit) => unit switch
    {
        Unit.Cny100m => new("cny", 100_000_000m),
        Unit.Cny10k => new("cny", 10_000m),
        Unit.Usd10k => new("usd", 10_000m),
        Unit.Tonnes10k => new("t", 10_000m),
        Unit.Tonnes100m => new("t", 100_000_000m),
        Unit.M210k => new("m2", 10_000m),
        Unit.Mu => new("mu", 1m),
        Unit.Mu10k => new("mu", 10_000m),
        Unit.Km2 => new("km2", 1m),
        Unit.Percent => new("percent", 1m),
        Unit.PercentagePoints => new("points", 1m),
        _ => null, // counts, ranks, months and per-mu rates are too common in prose to compare safely
    };

    private static readonly Dictionary<string, Measure> ChineseUnits = new(StringComparer.Ordinal)
    {
        ["亿元"] = new("cny", 100_000_000m),
        ["万元"] = new("cny", 10_000m),
        ["元"] = new("cny", 1m),
        ["亿美元"] = new("usd", 100_000_000m),
        ["万美元"] = new("usd", 10_000m),
        ["亿吨"] = new("t", 100_000_000m),
        ["万吨"] = new("t", 10_000m),
        ["吨"] = new("t", 1m),
        ["万平方米"] = new("m2", 10_000m),
        ["平方米"] = new("m2", 1m),
        ["平方公里"] = new("km2", 1m),
        ["万亩"] = new("mu", 10_000m),
        ["亩"] = new("mu", 1m),
        ["%"] = new("percent", 1m),
        ["个百分点"] = new("points", 1m),
    };

    [GeneratedRegex(@"(?<num>\d+(?:\.\d+)?)(?<unit>万美元|亿美元|亿元|万元|亿吨|万吨|万平方米|平方米|平方公里|万亩|个百分点|元|吨|亩|%)(?:[，,、]?同比(?<dir>增长|下降)(?<pct>\d+(?:\.\d+)?)%)?")]
    private static partial Regex ChinesePattern();

    [GeneratedRegex(@"(?<usd>US\$)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(?<scale>trillion|billion|million))?\s*(?<unit>yuan|tonnes|percentage points?|percent|%|mu|km²|m²)?(?:,?\s+(?<dir>up|down)\s+(?<pct>\d+(?:\.\d+)?)\s*(?:percent|%))?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPattern();

    public static IEnumerable<Mention> Find(string text, Language language) =>
        language.IsChinese ? FindChinese(text) : FindEnglish(text);

    private static IEnumerable<Mention> FindChinese(string text)
    {
        foreach (Match m in ChinesePattern().Matches(text))
        {
            var measure = ChineseUnits[m.Groups["unit"].Value];
            var value = decimal.Parse(m.Groups["num"].Value, CultureInfo.InvariantCulture) * measure.Factor;
            yield return new Mention(m.Index, m.Length, m.Value, value, measure.Family, Growth(m, "增长"));
        }
    }

    private static IEnumerable<Mention> FindEnglish(string text)
    {
        foreach (Match m in EnglishPattern().Matches(text))
        {
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var usd = m.Groups["usd"].Success;
            if (!usd && unit.Length == 0)
            {
                continue; // a bare number: a count or a year, not comparable
            }

            var number = decimal.Parse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
            {
                "trillion" => 1_000_000_000_000m,
                "billion" => 1_000_000_000m,
                "million" => 1_000_000m,
                _ => 1m,
            };
            var family = usd ? "usd" : unit switch
            {
                "yuan" => "cny",
                "tonnes" => "t",
                "percent" or "%" => "percent",
                "percentage point" or "percentage points" => "points",
                "mu" => "mu",
                "km²" => "km2",
                "m²" => "m2",
                _ => "",
            };
            if (family.Length > 0)
            {
                yield return new Mention(m.Index, m.Length, m.Value, number * scale, family, Growth(m, "up"));
            }
        }
    }

    private static decimal? Growth(Match m, string upWord)
    {
        if (!m.Groups["pct"].Success)
        {
            return null;
        }

        var pct = decimal.Parse(m.Groups["pct"].Value, CultureInfo.InvariantCulture);
        return string.Equals(m.Groups["dir"].Value, upWord, StringComparison.OrdinalIgnoreCase) ? pct : -pct;
    }
}
