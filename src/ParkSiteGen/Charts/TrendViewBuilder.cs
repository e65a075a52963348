using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Charts;

/// <summary>A chart and the table of the same figures.</summary>
[TemplateModel]
public sealed partial record TrendView(HtmlFragment Svg, TableView Table);

/// <summary>The trend charts of a park's profile: one per indicator with figures in two years or more (results,
/// and the targets set for the years the chart covers), at least one of them a result.</summary>
public static class TrendViewBuilder
{
    public static IReadOnlyList<TrendView> Build(ViewContext context, ParkEntry park)
    {
        var s = context.S;
        var language = context.Language;
        var lastYear = park.Years.Count > 0 ? park.Years[^1].Year : 0;
        var trends = new List<TrendView>();

        // One pass over the park's figures, by indicator: results that are exact figures of one year, and targets
        // for the years the chart covers (a later one stays in its table).
        var resultsOf = new Dictionary<Indicator, List<(int Year, Figure Figure)>>();
        var goalsOf = new Dictionary<Indicator, SortedDictionary<int, Figure>>();
        foreach (var y in park.Years)
        {
            foreach (var f in y.Report.Indicators)
            {
                if (Rankings.IsRankable(f))
                {
                    (resultsOf.TryGetValue(f.Indicator, out var list) ? list : resultsOf[f.Indicator] = []).Add((y.Year, f));
                }
            }

            foreach (var f in y.Report.Targets)
            {
                if (f.Qualifier is Qualifier.None or Qualifier.AtLeast && f.TargetYear <= lastYear + 1)
                {
                    // The latest review's target for a year counts (a later review may revise it).
                    (goalsOf.TryGetValue(f.Indicator, out var byYear) ? byYear : goalsOf[f.Indicator] = [])[f.TargetYear!.Value] = f;
                }
            }
        }

        foreach (var indicator in context.Model.Content.Indicators)
        {
            if (indicator.Unit is Unit.Rank or Unit.Months || !resultsOf.TryGetValue(indicator, out var results))
            {
                continue;
            }

            var goals = goalsOf.TryGetValue(indicator, out var g) ? g.Select(kv => (Year: kv.Key, Figure: kv.Value)).ToList() : [];
            var actuals = results.Select(r => new TrendChart.Point(r.Year, r.Figure.Value)).ToList();
            var targets = goals.Select(g => new TrendChart.Point(g.Year, g.Figure.Value)).ToList();
            var years = actuals.Concat(targets).Select(p => p.Year).Distinct().Order().ToList();
            if (years.Count < 2)
            {
                continue;
            }

            var name = context.Text(indicator.Name);
            var title = s.Format("chart_title", ("indicator", name), ("from", Year(years[0])), ("to", Year(years[^1])));

            // Each figure spelled once, with its qualifier (30家以上 stays "30 or more"): the chart's description and
            // the table say the same.
            var shownResults = results.ConvertAll(r => (r.Year, Text: UnitFormatter.Format(r.Figure, language)));
            var shownGoals = goals.ConvertAll(g => (g.Year, Text: UnitFormatter.Format(g.Figure, language)));
            var parts = shownResults.Select(r => s.Format("chart_point", ("year", Year(r.Year)), ("value", r.Text)))
                .Concat(shownGoals.Select(g => s.Format("chart_target", ("year", Year(g.Year)), ("value", g.Text))));
            var description = string.Join(s["list_separator"], parts);
            var id = $"trend-{indicator.Key}";
            var svg = new TrendChart(id, title, description, indicator.Unit, indicator.Counter, actuals, targets, language,
                s["chart_actual"], s["chart_target_label"], s["chart_unit"]);
            var rows = new List<RowView>(years.Count);
            foreach (var year in years)
            {
                rows.Add(new RowView(new LinkOrText(FigureWords.Year(year, language)),
                [
                    new CellView(Of(shownResults, year) ?? "—", true),
                    new CellView(Of(shownGoals, year) ?? "—", true),
                ], []));
            }

            var table = new TableView
            {
                Id = id + "-table",
                Caption = title,
                Columns = [new(s["col_year"]), new(s["col_actual"], true), new(s["col_target"], true)],
                Rows = rows,
            };
            trends.Add(new TrendView(svg, table));
        }

        return trends;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The figure of <paramref name="year"/> as shown, if the list has one (a loop: rows are many, lists short).</summary>
    private static string? Of(List<(int Year, string Text)> figures, int year)
    {
        foreach (var (y, text) in figures)
        {
            if (y == year)
            {
                return text;
            }
        }

        return null;
    }
}
