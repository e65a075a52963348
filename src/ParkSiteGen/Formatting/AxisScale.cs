using ParkSiteGen.Model;

namespace ParkSiteGen.Formatting;

/// <summary>How a chart axis shows a unit: the label of its scale and the factor from the source unit. Chinese keeps
/// the source unit (亿元); English uses the words of its prose (39.6 billion yuan: the axis is in billion yuan).</summary>
public static class AxisScale
{
    public static (string Label, decimal Factor) For(Unit unit, string? counter, Language language) => (unit, language.IsChinese) switch
    {
        (Unit.Cny100m, false) => ("billion yuan", 0.1m),
        (Unit.Cny10k, false) => ("million yuan", 0.01m),
        (Unit.Usd10k, false) => ("US$ million", 0.01m),
        (Unit.Tonnes10k, false) => ("thousand tonnes", 10m),
        (Unit.Tonnes100m, false) => ("million tonnes", 100m),
        (Unit.M210k, false) => ("thousand m²", 10m),
        (Unit.Mu10k, false) => ("thousand mu", 10m),
        (Unit.Cny10kPerMu, false) => ("thousand yuan per mu", 10m),
        _ => (UnitFormatter.Name(unit, counter, language), 1m),
    };

    /// <summary>A tick label: grouped in English, plain in Chinese (no thousands separators there).</summary>
    public static string Tick(decimal value, Language language) =>
        language.IsChinese ? Numbers.Source(Numbers.Normalize(value)) : Numbers.Grouped(value);
}
