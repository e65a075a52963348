using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Comparisons;

/// <summary>One park's figure for one indicator and year, with its rank among the parks that year when it can be
/// ranked.</summary>
public sealed record RankedFigure(ParkEntry Park, Figure Figure, int? Rank);

/// <summary>Every park's figures of one indicator by year, and their ranks. Only exact results are ranked against
/// each other: the same indicator and year (so the same unit), status actual, no qualifier ("more than 26" has no
/// place in an order). Ranks follow the indicator's direction; a neutral indicator is not ranked. Ties share a rank
/// (1, 2, 2, 4). A derived figure: computed here, never in a template.</summary>
public static class Rankings
{
    public sealed record YearOfFigures(int Year, IReadOnlyList<RankedFigure> Figures);

    /// <summary>The rankings of every indicator, made once per site model (in one pass over all figures) and
    /// shared by the pages of every language.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, Lazy<Dictionary<Indicator, IReadOnlyList<YearOfFigures>>>> PerModel = [];

    public static IReadOnlyList<YearOfFigures> For(Indicator indicator, SiteModel model) =>
        PerModel.GetValue(model, m => new Lazy<Dictionary<Indicator, IReadOnlyList<YearOfFigures>>>(() => All(m))).Value.GetValueOrDefault(indicator) ?? [];

    private static Dictionary<Indicator, IReadOnlyList<YearOfFigures>> All(SiteModel model)
    {
        var figures = new Dictionary<Indicator, SortedDictionary<int, List<(ParkEntry Park, Figure Figure)>>>();
        foreach (var park in model.Parks)
        {
            foreach (var year in park.Years)
            {
                foreach (var figure in year.Report.Indicators)
                {
                    if (!figures.TryGetValue(figure.Indicator, out var byYear))
                    {
                        figures[figure.Indicator] = byYear = [];
                    }

                    (byYear.TryGetValue(year.Year, out var list) ? list : byYear[year.Year] = []).Add((park, figure));
                }
            }
        }

        return figures.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyList<YearOfFigures>)kv.Value.Select(y => new YearOfFigures(y.Key, Rank(kv.Key, y.Value))).ToList());
    }

    public static bool IsRankable(Figure figure) => figure.Status == FigureStatus.Actual && figure.Qualifier == Qualifier.None;

    private static List<RankedFigure> Rank(Indicator indicator, List<(ParkEntry Park, Figure Figure)> figures)
    {
        if (indicator.HigherIsBetter is not { } higher)
        {
            return figures.Select(f => new RankedFigure(f.Park, f.Figure, null)).ToList();
        }

        var ordered = figures.Where(f => IsRankable(f.Figure))
            .OrderBy(f => higher ? -f.Figure.Value : f.Figure.Value)
            .ToList();
        var ranks = new Dictionary<ParkEntry, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[ordered[i].Park] = i > 0 && ordered[i].Figure.Value == ordered[i - 1].Figure.Value ? ranks[ordered[i - 1].Park] : i + 1;
        }

        return figures.Select(f => new RankedFigure(f.Park, f.Figure, ranks.TryGetValue(f.Park, out var r) ? r : null)).ToList();
    }
}
