using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Tests.Site;

/// <summary>The ranks of the comparison pages: derived figures of the site model, made once for the pages of every
/// language.</summary>
public class RankingsTests
{
    private static readonly Indicator Revenue = new("total_revenue", Localized.Same("Revenue"), Unit.Cny100m, true, null, null, null, false, 0);
    private static readonly Indicator Neutral = new("area", Localized.Same("Area"), Unit.Km2, null, null, null, null, false, 1);

    private static Figure Result(Indicator indicator, decimal value, Qualifier qualifier = Qualifier.None, FigureStatus status = FigureStatus.Actual) =>
        new(indicator, value, qualifier, status, null, null, null, null, null, SourceLocation.WholeFile("data.yml"));

    private static ParkEntry Park(string slug, params (int Year, Figure Figure)[] figures)
    {
        var name = Localized.Same(slug);
        var years = figures.GroupBy(f => f.Year).OrderBy(g => g.Key)
            .Select(g => new YearReport(g.Key, slug, [.. g.Select(f => f.Figure)], [], [], [], new Dictionary<Language, Document>()))
            .ToList();
        var park = new Park(slug, slug, name, name, ParkLevel.Provincial, name, name, null, null, null, [], [], new Dictionary<Language, Document>(), years);
        return new ParkEntry(park, [Language.Zh], [.. years.Select(y => new YearEntry(y, [Language.Zh], new Dictionary<string, decimal>(), []))]);
    }

    [Fact]
    public void Exact_results_are_ranked_by_the_indicators_direction_ties_sharing_a_rank()
    {
        var rankings = new Rankings([
            Park("a", (2022, Result(Revenue, 10)), (2023, Result(Revenue, 30))),
            Park("b", (2023, Result(Revenue, 50))),
            Park("c", (2023, Result(Revenue, 30))),
            Park("d", (2023, Result(Revenue, 60, Qualifier.MoreThan))),
            Park("e", (2023, Result(Revenue, 70, status: FigureStatus.Expected))),
            Park("f", (2023, Result(Revenue, 20))),
        ]);

        var table = rankings.For(Revenue);
        Assert.Equal([2022, 2023], table.Years);
        Assert.Equal(["b", "a", "c", "f", "d", "e"], table.Rows.Select(r => r.Park.Slug));
        Assert.Equal([1, 2, 2, 4, null, null], table.Rows.Select(r => r.ByYear[^1]?.Rank));
        Assert.Equal(1, table.Rows.Single(r => r.Park.Slug == "a").ByYear[0]?.Rank);
        Assert.Null(table.Rows.Single(r => r.Park.Slug == "b").ByYear[0]);
    }

    [Fact]
    public void A_neutral_indicator_is_not_ranked()
    {
        var table = new Rankings([Park("a", (2023, Result(Neutral, 5))), Park("b", (2023, Result(Neutral, 8)))]).For(Neutral);
        Assert.Equal(["a", "b"], table.Rows.Select(r => r.Park.Slug));
        Assert.All(table.Rows, r => Assert.Null(r.ByYear[0]?.Rank));
    }

    [Fact]
    public void Each_table_is_arranged_once_for_every_page_that_asks()
    {
        var rankings = new Rankings([Park("a", (2023, Result(Revenue, 1)))]);
        var tables = new Rankings.Table[8];
        Parallel.For(0, tables.Length, i => tables[i] = rankings.For(Revenue));
        Assert.All(tables, t => Assert.Same(tables[0], t));
        Assert.Empty(rankings.For(Neutral).Rows);
    }
}
