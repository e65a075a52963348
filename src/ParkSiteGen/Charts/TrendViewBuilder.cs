using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Charts;

/// <summary>A chart and the table of the same figures.</summary>
public sealed record TrendView(string Svg, TableView Table);

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
        foreach (var indicator in context.Model.Content.Indicators.Where(i => i.Unit is not (Unit.Rank or Unit.Months)))
        {
            // Results that are exact figures of one year; targets for the years the chart covers (a later one stays in its table).
            var results = park.Years
                .SelectMany(y => y.Report.Indicators.Where(f => f.Indicator == indicator && Comparisons.Rankings.IsRankable(f)).Select(f => (y.Year, Figure: f)))
                .ToList();
            var goals = park.Years
                .SelectMany(y => y.Report.Targets.Where(f => f.Indicator == indicator && f.Qualifier is Qualifier.None or Qualifier.AtLeast && f.TargetYear <= lastYear + 1))
                .GroupBy(f => f.TargetYear!.Value).Select(g => (Year: g.Key, Figure: g.Last()))
                .ToList();
            var actuals = results.Select(r => new TrendChart.Point(r.Year, r.Figure.Value)).ToList();
            var targets = goals.Select(g => new TrendChart.Point(g.Year, g.Figure.Value)).ToList();
            if (actuals.Count == 0 || actuals.Select(p => p.Year).Concat(targets.Select(p => p.Year)).Distinct().Count() < 2)
            {
                continue;
            }

            var name = context.Text(indicator.Name);
            var years = actuals.Concat(targets).Select(p => p.Year).Distinct().Order().ToList();
            var title = s.Format("chart_title", ("indicator", name), ("from", Year(years[0])), ("to", Year(years[^1])));
            string Value(Figure f) => UnitFormatter.Format(f, language); // with its qualifier: 30家以上 stays "30 or more"
            var parts = results.Select(r => s.Format("chart_point", ("year", Year(r.Year)), ("value", Value(r.Figure))))
                .Concat(goals.Select(g => s.Format("chart_target", ("year", Year(g.Year)), ("value", Value(g.Figure)))));
            var description = string.Join(s["list_separator"], parts);
            var id = $"trend-{indicator.Key}";
            var svg = TrendChart.Render(id, title, description, indicator.Unit, indicator.Counter, actuals, targets, language,
                s["chart_actual"], s["chart_target_label"], s["chart_unit"]);
            var rows = years.Select(year => new RowView(new LinkOrText(FigureWords.Year(year, language)),
            [
                new CellView(results.FirstOrDefault(r => r.Year == year).Figure is { } a ? Value(a) : "—", true),
                new CellView(goals.FirstOrDefault(g => g.Year == year).Figure is { } t ? Value(t) : "—", true),
            ], [])).ToList();
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
}
