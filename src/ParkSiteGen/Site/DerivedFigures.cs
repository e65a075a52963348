using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>A target set in an earlier review, next to the result of the year it was set for.</summary>
/// <param name="Met">Null when it cannot be judged: no result, a neutral indicator, or a hedged result (约/近).</param>
/// <param name="ShareOfTarget">Result as a percent of the target, for amounts where more is better.</param>
public sealed record TargetComparison(Figure Target, int SetInYear, Figure? Actual, bool? Met, decimal? ShareOfTarget);

/// <summary>Figures the site computes from the content for each year of a park: growth where none was reported, and how
/// results compare with the targets set for them (the ranks among parks are the whole site's: <see cref="Rankings"/>).
/// Computed here once, so templates never compute.</summary>
public static class DerivedFigures
{
    /// <summary>Computed yoy for the figures of <paramref name="year"/> that report none, from the previous year.</summary>
    public static IReadOnlyDictionary<string, decimal> ComputedGrowth(YearReport year, YearReport? previousYear)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (previousYear is null || previousYear.Year != year.Year - 1)
        {
            return result;
        }

        foreach (var figure in year.Indicators.Where(f => f.Yoy is null))
        {
            var previous = previousYear.Indicators.FirstOrDefault(p => p.Indicator == figure.Indicator);
            if (previous is not null && ChangeFormatter.Compute(figure, previous) is { } growth)
            {
                result[figure.Indicator.Key] = growth;
            }
        }

        return result;
    }

    /// <summary>Targets any earlier published year set for <paramref name="year"/>, with this year's results.</summary>
    public static IReadOnlyList<TargetComparison> TargetsFor(YearReport year, IEnumerable<YearReport> earlierYears) =>
        earlierYears
            .Where(e => e.Year < year.Year)
            .OrderBy(e => e.Year)
            .SelectMany(e => e.Targets.Where(t => t.TargetYear == year.Year).Select(t => (Target: t, SetIn: e.Year)))
            .Select(x => Compare(x.Target, x.SetIn, year.Indicators.FirstOrDefault(a => a.Indicator == x.Target.Indicator && a.Status == FigureStatus.Actual)))
            .ToList();

    private static TargetComparison Compare(Figure target, int setIn, Figure? actual)
    {
        if (actual is null)
        {
            return new TargetComparison(target, setIn, null, null, null);
        }

        bool? met = target.Indicator.HigherIsBetter is not { } higher || actual.Qualifier is Qualifier.About or Qualifier.Nearly
            ? null
            : higher
                ? target.Qualifier is Qualifier.MoreThan or Qualifier.Over ? actual.Value > target.Value : actual.Value >= target.Value
                : actual.Value <= target.Value;
        if (met == false && actual.Qualifier is Qualifier.AtLeast or Qualifier.MoreThan or Qualifier.Over)
        {
            met = null; // "more than 26" may or may not reach 30
        }

        decimal? share = target.Indicator.HigherIsBetter == true && Units.IsAmount(target.Indicator.Unit) && target.Value > 0
            ? Numbers.Round(actual.Value / target.Value * 100m, 1)
            : null;
        return new TargetComparison(target, setIn, actual, met, share);
    }
}
