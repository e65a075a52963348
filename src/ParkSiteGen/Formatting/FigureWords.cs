using System.Globalization;
using ParkSiteGen.Model;

namespace ParkSiteGen.Formatting;

/// <summary>The other words figures are written with: status, target verdicts, dates.</summary>
public static class FigureWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Status(FigureStatus status, Language language) => (status, language.IsChinese) switch
    {
        (FigureStatus.Actual, true) => "实绩",
        (FigureStatus.Expected, true) => "预计",
        (FigureStatus.Cumulative, true) => "累计",
        (FigureStatus.AsOf, true) => "截至",
        (FigureStatus.Target, true) => "目标",
        (FigureStatus.Actual, false) => "actual",
        (FigureStatus.Expected, false) => "expected",
        (FigureStatus.Cumulative, false) => "cumulative",
        (FigureStatus.AsOf, false) => "as of",
        (FigureStatus.Target, false) => "target",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What a figure covers, for the table's basis column: 截至2023年底 / as of end of 2023,
    /// 累计（2014–2018）/ cumulative, 2014–2018, 预计 / expected; null for a plain result of the year.</summary>
    public static string? Basis(FigureStatus status, string? period, Language language)
    {
        var zh = language.IsChinese;
        return status switch
        {
            FigureStatus.AsOf => zh ? $"截至{period}" : $"as of {period}",
            FigureStatus.Cumulative or FigureStatus.Expected => period is null
                ? Status(status, language)
                : zh ? $"{Status(status, language)}（{period}）" : $"{Status(status, language)}, {period}",
            _ => period,
        };
    }

    public static string Verdict(bool met, Language language) => (met, language.IsChinese) switch
    {
        (true, true) => "已完成",
        (false, true) => "未完成",
        (true, false) => "met",
        (false, false) => "not met",
    };

    /// <summary>"完成目标的79.2%" / "79.2% of target".</summary>
    public static string ShareOfTarget(decimal percent, Language language) =>
        language.IsChinese ? $"完成目标的{Numbers.Source(percent)}%" : $"{Numbers.Grouped(percent)}% of target";

    public static string Date(DateOnly date, Language language) =>
        language.IsChinese
            ? $"{date.Year}年{date.Month}月{date.Day}日"
            : date.ToString("MMMM d, yyyy", English);

    /// <summary>"2021年" / "2021".</summary>
    public static string Year(int year, Language language) =>
        language.IsChinese ? $"{year}年" : year.ToString(English);
}
