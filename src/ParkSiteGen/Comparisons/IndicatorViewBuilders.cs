using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Comparisons;

[TemplateModel]
public sealed partial class IndicatorIndexView(PageView layout) : PageView(layout)
{
    public required TableView Table { get; init; }
}

[TemplateModel]
public sealed partial class IndicatorView(PageView layout) : PageView(layout)
{
    public string? Definition { get; init; }

    public required IReadOnlyList<FactView> Facts { get; init; }

    public required TableView Table { get; init; }

    public required string RankNote { get; init; }
}

/// <summary>The indicator list (/indicators/: every indicator with its unit and definition) and one page per
/// indicator comparing every park's figures by year, with ranks where they are comparable.</summary>
public static class IndicatorViewBuilders
{
    public static IndicatorIndexView BuildIndex(ViewContext context)
    {
        var s = context.S;
        var model = context.Model;
        var language = context.Language;
        var compared = model.ComparedIndicators.ToHashSet();
        var rows = model.Content.Indicators.Select(i =>
        {
            var name = context.Text(i.Name);
            var header = compared.Contains(i) && context.LinkTo(PageKey.Indicator(i.Key), name) is { } link
                ? new LinkOrText(name, link.Href)
                : new LinkOrText(name);
            return new RowView(header,
            [
                new CellView(UnitFormatter.Name(i.Unit, i.Counter, language), false),
                new CellView(Category(context, i.Category), false),
                new CellView(Direction(context, i.HigherIsBetter), false),
                new CellView(context.OptionalText(i.Definition) ?? "—", false),
            ], []);
        }).ToList();
        var heading = s["indicators_title"];
        var table = new TableView
        {
            Id = "indicator-list",
            Caption = s["indicators_list_caption"],
            Columns = [new(s["col_indicator"]), new(s["col_unit"]), new(s["col_category"]), new(s["col_direction"]), new(s["col_definition"])],
            Rows = rows,
            Downloads = OpenData.DataLinks.SiteWide(context),
        };
        return new IndicatorIndexView(LayoutBuilder.Build(context, heading, Crumbs(context, heading))) { Table = table };
    }

    public static IndicatorView Build(ViewContext context)
    {
        var s = context.S;
        var model = context.Model;
        var language = context.Language;
        var indicator = model.IndicatorOf(context.Page.Key.Slug!)!;
        var name = context.Text(indicator.Name);
        var comparison = model.Rankings.For(indicator);
        var notes = new NoteCollector(context, "comparison");
        var rows = new List<RowView>(comparison.Rows.Count);
        foreach (var (park, byYear) in comparison.Rows)
        {
            var link = context.LinkTo(PageKey.Profile(park.Slug), context.ParkShortName(park))!;
            var refs = new List<NoteRefView>();
            var cells = new CellView[byYear.Length];
            for (var y = 0; y < byYear.Length; y++)
            {
                if (byYear[y] is not { } entry)
                {
                    cells[y] = new CellView("—", true);
                    continue;
                }

                refs.AddRange(notes.Add(entry.Figure.Note));
                cells[y] = new CellView(Cell(entry, context), true);
            }

            rows.Add(new RowView(new LinkOrText(link.Label, link.Href, link.HrefLang, link.LanguageNote), cells, refs));
        }

        var facts = new List<FactView>
        {
            new(s["col_unit"], UnitFormatter.Name(indicator.Unit, indicator.Counter, language)),
            new(s["col_category"], Category(context, indicator.Category)),
            new(s["col_direction"], Direction(context, indicator.HigherIsBetter)),
        };
        var table = new TableView
        {
            Id = "comparison-table",
            Caption = s.Format("comparison_table_caption", ("indicator", name)),
            Columns = [new(s["col_park"]), .. comparison.Years.Select(y => new ColumnView(FigureWords.Year(y, language), true))],
            Rows = rows,
            Notes = notes.Notes,
            NotesHeading = s["notes"],
            Downloads = OpenData.DataLinks.SiteWide(context),
        };
        var crumbs = Crumbs(context, s["indicators_title"]).ToList();
        crumbs[^1] = crumbs[^1] with { IsCurrent = false, Href = context.Model.Urls.Href(UrlScheme.PathOf(PageKey.IndicatorIndex, language)) };
        crumbs.Add(new LinkView(name, context.Model.Urls.Href(context.Page.Path), IsCurrent: true));
        return new IndicatorView(LayoutBuilder.Build(context, name, crumbs, context.OptionalText(indicator.Definition)))
        {
            Definition = context.OptionalText(indicator.Definition),
            Facts = facts,
            Table = table,
            RankNote = indicator.HigherIsBetter is null ? s["rank_note_neutral"] : s["rank_note"],
        };
    }

    /// <summary>"396亿元（第2）" / "39.6 billion yuan (2nd)"; a figure that cannot be ranked shows its basis instead.</summary>
    private static string Cell(RankedFigure entry, ViewContext context)
    {
        var language = context.Language;
        var value = UnitFormatter.Format(entry.Figure, language);
        if (entry.Rank is { } rank)
        {
            return language.IsChinese ? $"{value}（第{rank.ToString(CultureInfo.InvariantCulture)}）" : $"{value} ({Numbers.Ordinal(rank)})";
        }

        var basis = FigureWords.Basis(entry.Figure.Status, context.OptionalText(entry.Figure.Period), language);
        return basis is null ? value : language.IsChinese ? $"{value}（{basis}）" : $"{value} ({basis})";
    }

    private static string Category(ViewContext context, string? category) =>
        category is null ? "—" : context.S.TryGet("category_" + category) ?? category;

    private static string Direction(ViewContext context, bool? higherIsBetter) => higherIsBetter switch
    {
        true => context.S["direction_higher"],
        false => context.S["direction_lower"],
        null => context.S["direction_neutral"],
    };

    private static List<LinkView> Crumbs(ViewContext context, string current) =>
    [
        context.LinkTo(PageKey.Home, context.S["nav_home"])!,
        new(current, context.Model.Urls.Href(context.Page.Key.Kind == PageKind.IndicatorIndex ? context.Page.Path : UrlScheme.PathOf(PageKey.IndicatorIndex, context.Language)), IsCurrent: context.Page.Key.Kind == PageKind.IndicatorIndex),
    ];
}
