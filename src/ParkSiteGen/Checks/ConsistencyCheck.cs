using ParkSiteGen.Diagnostics;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Checks;

/// <summary>Narrative against data: a figure a bulletin writes after an indicator's name ("税收8.7亿元",
/// "tax revenue was 870 million yuan", "同比增长16%") must agree with that year's data.yml. A figure is only
/// called a contradiction when it looks like a slip of the same figure: off by a little (a typo), or by a
/// power of ten (亿 for 万, a shifted decimal point). Company figures that share a word ("上缴税收2.2亿元")
/// are too far off to be mistaken for the park's own.</summary>
public static class ConsistencyCheck
{
    private const int ChineseWindow = 16;
    private const int EnglishWindow = 70;

    public static void Run(SiteModel model, DiagnosticBag diagnostics)
    {
        foreach (var park in model.Parks)
        {
            YearReport? previous = null;
            foreach (var year in park.Years)
            {
                foreach (var document in year.Report.Bulletins.Values)
                {
                    Check(document, year.Report, previous, model, diagnostics);
                }

                previous = year.Report;
            }
        }
    }

    private static void Check(Document document, YearReport year, YearReport? previous, SiteModel model, DiagnosticBag diagnostics)
    {
        var text = document.Body;
        var mentions = FigureMentions.Find(text, document.Language).ToList();
        foreach (var figure in year.Indicators.Where(f => f.Status == FigureStatus.Actual && f.Qualifier == Qualifier.None))
        {
            if (FigureMentions.MeasureOf(figure.Indicator.Unit) is not { } measure)
            {
                continue;
            }

            var actual = figure.Value * measure.Factor;
            var accepted = year.Targets.Where(t => t.Indicator == figure.Indicator).Select(t => t.Value * measure.Factor)
                .Concat(previous?.Indicators.Where(p => p.Indicator == figure.Indicator).Select(p => p.Value * measure.Factor) ?? [])
                .Append(actual)
                .ToHashSet();
            var name = model.Text(figure.Indicator.Name, document.Language);
            foreach (var mention in MentionsAfter(text, name, mentions, measure.Family, document.Language))
            {
                if (!accepted.Contains(mention.Value))
                {
                    if (IsSlip(mention.Value, actual))
                    {
                        Report(diagnostics, document, mention, $"the text gives {name} as {mention.Text.Trim()}, but data.yml says {UnitFormatter.Format(figure, document.Language)}",
                            UnitFormatter.Format(figure, document.Language), figure);
                    }
                }
                else if (mention.Value == actual && mention.Growth is { } growth && figure.Yoy is { } yoy && growth != yoy)
                {
                    Report(diagnostics, document, mention, $"the text gives the growth of {name} as {ChangeFormatter.Format(growth, false, document.Language)}, but data.yml says {ChangeFormatter.Format(yoy, false, document.Language)}",
                        ChangeFormatter.Format(yoy, false, document.Language), figure);
                }
            }
        }
    }

    /// <summary>The first figure of the right kind after each mention of <paramref name="name"/>, in the same clause.</summary>
    private static IEnumerable<FigureMentions.Mention> MentionsAfter(string text, string name, List<FigureMentions.Mention> mentions, string family, Language language)
    {
        var comparison = language.IsChinese ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var window = language.IsChinese ? ChineseWindow : EnglishWindow;
        for (var at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + name.Length, comparison))
        {
            var end = at + name.Length;
            var next = mentions.FirstOrDefault(m => m.Index >= end && m.Index - end <= window);
            if (next is null || next.Family != family)
            {
                continue;
            }

            var between = text[end..next.Index];
            if (between.IndexOfAny(['。', '；', ';', '\n', '!', '?', '！', '？']) < 0 && !between.Any(char.IsAsciiDigit) && (language.IsChinese || !between.Contains(". ", StringComparison.Ordinal)))
            {
                yield return next;
            }
        }
    }

    /// <summary>Close to the true value (a mistyped digit), or off by an exact power of ten (亿/万, a decimal point).</summary>
    internal static bool IsSlip(decimal written, decimal actual)
    {
        if (actual == 0 || written == 0)
        {
            return false;
        }

        var ratio = written / actual;
        if (ratio is > 0.75m and < 1.34m)
        {
            return true;
        }

        for (var power = 10m; power <= 100_000_000m; power *= 10)
        {
            if (ratio == power || ratio * power == 1m)
            {
                return true;
            }
        }

        return false;
    }

    private static void Report(DiagnosticBag diagnostics, Document document, FigureMentions.Mention mention, string message, string expected, Figure figure)
    {
        var before = document.Body[..mention.Index];
        var line = document.BodyLine + before.Count(c => c == '\n');
        var column = mention.Index - (before.LastIndexOf('\n') + 1) + 1;
        diagnostics.Error("narrative-contradicts-data", new SourceLocation(document.File, line, column, mention.Text.TrimEnd().Length), message,
            found: mention.Text.Trim(), expected: expected,
            hint: $"correct the text, or data.yml ({figure.Location.File}:{figure.Location.Line}) if the text is right");
    }
}
