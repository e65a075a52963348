using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>One park's figure for one indicator and year, with its rank among the parks that year when it can be
/// ranked.</summary>
public readonly record struct RankedFigure(ParkEntry Park, Figure Figure, int? Rank);

/// <summary>Every park's figures of each indicator by year, and their ranks: derived figures of the site model
/// (<see cref="SiteModel.Rankings"/>), made once per model and shared by the comparison pages of every language. Only
/// exact results are ranked against each other: the same indicator and year (so the same unit), status actual, no
/// qualifier ("more than 26" has no place in an order). Ranks follow the indicator's direction; a neutral indicator is
/// not ranked. Ties share a rank (1, 2, 2, 4). Computed here, never in a template.</summary>
public sealed class Rankings(IReadOnlyList<ParkEntry> parks)
{
    /// <summary>An indicator's comparison: the years, and one row per park with its figure of each year (null where it
    /// has none), parks in the order of the latest year's ranking, then the others by slug.</summary>
    public sealed record Table(IReadOnlyList<int> Years, IReadOnlyList<(ParkEntry Park, RankedFigure?[] ByYear)> Rows);

    // Every park's figures by indicator and year, gathered in one pass over the site when first needed; then each
    // indicator's table, arranged when first asked for (by the page of either language; the other waits for it).
    private readonly Lazy<Dictionary<Indicator, SortedDictionary<int, List<(ParkEntry Park, Figure Figure)>>>> _figures = new(() => Gather(parks));
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Indicator, Lazy<Table>> _tables = new();

    public Table For(Indicator indicator) =>
        _tables.GetOrAdd(indicator, i => new Lazy<Table>(() => Arrange(i, _figures.Value.GetValueOrDefault(i) ?? []))).Value;

    /// <summary>An exact result: the figures ranked here, and the ones a park's trend chart draws.</summary>
    public static bool IsRankable(Figure figure) => figure.Status == FigureStatus.Actual && figure.Qualifier == Qualifier.None;

    private static Dictionary<Indicator, SortedDictionary<int, List<(ParkEntry Park, Figure Figure)>>> Gather(IReadOnlyList<ParkEntry> parks)
    {
        var figures = new Dictionary<Indicator, SortedDictionary<int, List<(ParkEntry Park, Figure Figure)>>>();
        foreach (var park in parks)
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

        return figures;
    }

    private static Table Arrange(Indicator indicator, SortedDictionary<int, List<(ParkEntry Park, Figure Figure)>> byYear)
    {
        // Each park's row holds its figure of each year, so a row finds its cells without searching (a site may
        // have a thousand parks).
        var rows = new Dictionary<ParkEntry, RankedFigure?[]>();
        var y = 0;
        foreach (var figures in byYear.Values)
        {
            var ranks = Ranks(indicator, figures);
            for (var i = 0; i < figures.Count; i++)
            {
                var (park, figure) = figures[i];
                if (!rows.TryGetValue(park, out var row))
                {
                    rows[park] = row = new RankedFigure?[byYear.Count];
                }

                row[y] = new RankedFigure(park, figure, ranks[i]);
            }

            y++;
        }

        var ordered = rows
            .OrderBy(r => r.Value[^1]?.Rank ?? int.MaxValue)
            .ThenBy(r => r.Key.Slug, StringComparer.Ordinal)
            .Select(r => (r.Key, r.Value))
            .ToList();
        return new Table([.. byYear.Keys], ordered);
    }

    /// <summary>The rank of each of one year's figures, or null where it is not ranked.</summary>
    private static int?[] Ranks(Indicator indicator, List<(ParkEntry Park, Figure Figure)> figures)
    {
        var ranks = new int?[figures.Count];
        if (indicator.HigherIsBetter is not { } higher)
        {
            return ranks;
        }

        var ordered = Enumerable.Range(0, figures.Count)
            .Where(i => IsRankable(figures[i].Figure))
            .OrderBy(i => higher ? -figures[i].Figure.Value : figures[i].Figure.Value)
            .ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            var (value, previous) = (figures[ordered[k]].Figure.Value, k > 0 ? figures[ordered[k - 1]].Figure.Value : (decimal?)null);
            ranks[ordered[k]] = value == previous ? ranks[ordered[k - 1]] : k + 1;
        }

        return ranks;
    }
}
