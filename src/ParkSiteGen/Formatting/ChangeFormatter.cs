using ParkSiteGen.Model;

namespace ParkSiteGen.Formatting;

/// <summary>Year-on-year change in words: "up 20 percent", "down 3 percent" (never "up -3%"), "unchanged";
/// 增长20%, 下降3%, 持平. A computed change says so: it is not an official growth rate.</summary>
public static class ChangeFormatter
{
    public static string Format(decimal percent, bool computed, Language language)
    {
        var magnitude = Math.Abs(percent);
        string text;
        if (language.IsChinese)
        {
            text = percent switch
            {
                > 0 => $"增长{Numbers.Source(magnitude)}%",
                < 0 => $"下降{Numbers.Source(magnitude)}%",
                _ => "持平",
            };
            return computed ? text + "（计算值）" : text;
        }

        text = percent switch
        {
            > 0 => $"up {Numbers.Grouped(magnitude)} percent",
            < 0 => $"down {Numbers.Grouped(magnitude)} percent",
            _ => "unchanged",
        };
        return computed ? text + " (computed)" : text;
    }

    /// <summary>Growth from <paramref name="previous"/> to <paramref name="current"/> in percent, to one
    /// decimal; null where it would mislead: shares and ranks, bounded or hedged figures, targets, a zero base.</summary>
    public static decimal? Compute(Figure current, Figure previous)
    {
        if (!Units.IsAmount(current.Indicator.Unit)
            || current.Status != FigureStatus.Actual || previous.Status != FigureStatus.Actual
            || current.Qualifier != Qualifier.None || previous.Qualifier != Qualifier.None
            || previous.Value <= 0)
        {
            return null;
        }

        return Numbers.Round((current.Value - previous.Value) / previous.Value * 100m, 1);
    }
}
