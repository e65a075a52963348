using ParkSiteGen.Formatting;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>The home page: the latest bulletins and every park with a few headline figures.</summary>
public static class HomeViewBuilder
{
    private const int LatestCount = 10;

    public static HomeView Build(ViewContext context)
    {
        var model = context.Model;
        var language = context.Language;
        var latest = model.Parks
            .SelectMany(p => p.Years.Select(y => (Park: p, Year: y)))
            .Select(x => (x.Park, x.Year, Date: BulletinDate(x.Year, context)))
            // Undated bulletins count as published at the start of the following year, as most are.
            .OrderByDescending(x => x.Date ?? new DateOnly(x.Year.Year + 1, 1, 1))
            .ThenByDescending(x => x.Year.Year)
            .ThenBy(x => x.Park.Slug, StringComparer.Ordinal)
            .Take(LatestCount)
            .Select(x => BulletinLink(context, x.Park, x.Year, withPark: true))
            .ToList();

        var cards = model.Parks.Select(park =>
        {
            var link = context.LinkTo(PageKey.Profile(park.Slug), context.ParkName(park))!;
            var year = park.Latest;
            var figures = year is null
                ? []
                : model.HeadlineIndicators
                    .Select(i => year.Report.Indicators.FirstOrDefault(f => f.Indicator == i))
                    .OfType<Model.Figure>()
                    .Take(3)
                    .Select(f => new HeadlineView(context.Text(f.Indicator.Name), UnitFormatter.Format(f, language),
                        TableBuilder.Change(f, year, language) is var change && change != "—" ? change : null))
                    .ToList();
            return new ParkCardView(link, TableBuilder.Level(context, park.Park.Level),
                TextJoin.Place(context.Text(park.Park.Province), context.Text(park.Park.City), language),
                year is null || figures.Count == 0 ? null : context.S.Format("headline_year", ("year", FigureWords.Year(year.Year, language))),
                figures);
        }).ToList();

        var layout = LayoutBuilder.Build(context, context.Text(model.Site.Title), []);
        return new HomeView(layout) { LatestBulletins = latest, Parks = cards };
    }

    /// <summary>A link to a year's bulletin for this page's reader, in the language that exists.</summary>
    public static BulletinLinkView BulletinLink(ViewContext context, ParkEntry park, YearEntry year, bool withPark)
    {
        var language = context.Language;
        var key = PageKey.Bulletin(park.Slug, year.Year);
        var shown = context.Model.Link(key, language)!.Value.Language;
        var document = year.Report.Bulletins.GetValueOrDefault(shown);
        var title = document?.Title ?? context.S.Format("bulletin_title_fallback", ("year", year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var link = context.LinkTo(key, title)!;
        if (document is not null && shown != language)
        {
            link = link with { LabelLang = shown.HtmlLang };
        }

        var date = document?.Date;
        return new BulletinLinkView(link, withPark ? context.ParkShortName(park) : null,
            date is { } d ? FigureWords.Date(d, language) : null, date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static DateOnly? BulletinDate(YearEntry year, ViewContext context) =>
        year.Report.Bulletins.GetValueOrDefault(context.Language)?.Date ?? year.Report.Bulletins.Values.Select(d => d.Date).Max();
}
