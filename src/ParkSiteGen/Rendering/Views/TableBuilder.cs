using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>The data tables: a year's results, the targets a review sets, targets against results, and the
/// park directory. Results and targets never share a table.</summary>
public static class TableBuilder
{
    public static TableView? Indicators(ViewContext context, ParkEntry park, YearEntry year, string id)
    {
        var figures = year.Report.Indicators;
        if (figures.Count == 0)
        {
            return null;
        }

        var language = context.Language;
        var notes = new NoteCollector(context, id);
        var showBasis = figures.Any(f => f.Status != FigureStatus.Actual || f.Period is not null);
        var rows = figures.Select(f =>
        {
            var cells = new List<CellView>
            {
                new(UnitFormatter.Format(f, language), true),
                new(Change(f, year, language), true),
            };
            if (showBasis)
            {
                cells.Add(new CellView(Basis(context, f), false));
            }

            return new RowView(new LinkOrText(context.Text(f.Indicator.Name)), cells, notes.Add(f.Note));
        }).ToList();

        var s = context.S;
        var headers = new List<ColumnView> { new(s["col_indicator"]), new(s["col_value"], true), new(s["col_change"], true) };
        if (showBasis)
        {
            headers.Add(new(s["col_basis"]));
        }

        return new TableView
        {
            Id = id,
            Caption = s.Format("indicators_caption", ("park", context.ParkShortName(park)), ("year", Year(year.Year))),
            Downloads = OpenData.DataLinks.Park(context, park.Slug),
            Columns = headers,
            Rows = rows,
            Notes = notes.Notes,
            NotesHeading = s["notes"],
        };
    }

    /// <summary>The targets set in this year's review, one table per target year (next year first).</summary>
    public static IReadOnlyList<TableView> Targets(ViewContext context, YearEntry year)
    {
        var s = context.S;
        return year.Report.Targets
            .GroupBy(t => t.TargetYear!.Value)
            .OrderBy(g => g.Key)
            .Select(group =>
            {
                var id = $"targets-{group.Key}";
                var notes = new NoteCollector(context, id);
                var showBasis = group.Any(t => t.Period is not null);
                var rows = group.Select(t =>
                {
                    var cells = new List<CellView> { new(UnitFormatter.Format(t, context.Language), true) };
                    if (showBasis)
                    {
                        cells.Add(new CellView(Basis(context, t), false));
                    }

                    return new RowView(new LinkOrText(context.Text(t.Indicator.Name)), cells, notes.Add(t.Note));
                }).ToList();
                var headers = new List<ColumnView> { new(s["col_indicator"]), new(s["col_target"], true) };
                if (showBasis)
                {
                    headers.Add(new(s["col_basis"]));
                }

                var caption = group.Key == year.Year + 1 ? "targets_caption" : "targets_longer_caption";
                return new TableView
                {
                    Id = id,
                    Caption = s.Format(caption, ("year", Year(group.Key)), ("set", Year(year.Year))),
                    Downloads = OpenData.DataLinks.Park(context, context.Page.Key.Slug!),
                    Columns = headers,
                    Rows = rows,
                    Notes = notes.Notes,
                    NotesHeading = s["notes"],
                };
            })
            .ToList();
    }

    /// <summary>Targets earlier reviews set for this year, beside this year's results.</summary>
    public static TableView? Comparison(ViewContext context, YearEntry year)
    {
        if (year.TargetsForThisYear.Count == 0)
        {
            return null;
        }

        var s = context.S;
        var language = context.Language;
        const string id = "comparison";
        var notes = new NoteCollector(context, id);
        var rows = year.TargetsForThisYear.Select(c =>
        {
            var target = UnitFormatter.Format(c.Target, language);
            var actual = c.Actual is null ? s["no_result"] : UnitFormatter.Format(c.Actual, language);
            var outcome = TextJoin.Clauses(
                [c.Met is { } met ? FigureWords.Verdict(met, language) : null, c.ShareOfTarget is { } share ? FigureWords.ShareOfTarget(share, language) : null],
                language);
            return new RowView(new LinkOrText(context.Text(c.Target.Indicator.Name)),
                [new CellView(target, true), new CellView(Year(c.SetInYear), true), new CellView(actual, true), new CellView(outcome.Length > 0 ? outcome : "—", false)],
                notes.Add(c.Target.Note));
        }).ToList();

        return new TableView
        {
            Id = id,
            Caption = s.Format("comparison_caption", ("year", Year(year.Year))),
            Downloads = OpenData.DataLinks.Park(context, context.Page.Key.Slug!),
            Columns = [new(s["col_indicator"]), new(s["col_target"], true), new(s["col_target_year"], true), new(s["col_actual"], true), new(s["col_result"])],
            Rows = rows,
            Notes = notes.Notes,
            NotesHeading = s["notes"],
        };
    }

    public static TableView Directory(ViewContext context)
    {
        var s = context.S;
        var language = context.Language;
        var rows = context.Model.Parks.Select(park =>
        {
            var link = context.LinkTo(PageKey.Profile(park.Slug), context.ParkName(park))!;
            var latest = park.Latest is { } y && context.LinkTo(PageKey.Bulletin(park.Slug, y.Year), Year(y.Year)) is { } l
                ? l.Label + (l.LanguageNote is null ? "" : " " + l.LanguageNote)
                : "—";
            return new RowView(new LinkOrText(link.Label, link.Href, link.HrefLang, link.LanguageNote),
            [
                new CellView(Level(context, park.Park.Level), false),
                new CellView(context.Text(park.Park.City), false),
                new CellView(TextJoin.List(park.Park.Industries.Select(context.Text), language), false),
                new CellView(latest, true),
            ], []);
        }).ToList();

        return new TableView
        {
            Id = "directory",
            Caption = s["directory_caption"],
            Downloads = OpenData.DataLinks.SiteWide(context),
            Columns = [new(s["col_park"]), new(s["col_level"]), new(s["col_city"]), new(s["col_industries"]), new(s["col_latest"], true)],
            Rows = rows,
        };
    }

    public static string Level(ViewContext context, ParkLevel level) =>
        context.S[level == ParkLevel.National ? "level_national" : "level_provincial"];

    /// <summary>The reported change, else a computed one (marked), else a dash.</summary>
    public static string Change(Figure figure, YearEntry year, Language language) =>
        figure.Yoy is { } reported
            ? ChangeFormatter.Format(reported, computed: false, language)
            : year.ComputedGrowth.TryGetValue(figure.Indicator.Key, out var computed)
                ? ChangeFormatter.Format(computed, computed: true, language)
                : "—";

    private static string Basis(ViewContext context, Figure figure) =>
        FigureWords.Basis(figure.Status, context.OptionalText(figure.Period), context.Language) ?? "—";

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
