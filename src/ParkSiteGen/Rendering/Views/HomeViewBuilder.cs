using ParkSiteGen.Formatting;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>The home page: the latest bulletins and every park with a few headline figures.</summary>
public static class HomeViewBuilder
{
    private const int LatestCount = 10;

    /// <summary>The home page shows this many parks; the directory lists them all.</summary>
    private const int ParkCount = 24;

    public static HomeView Build(ViewContext context)
    {
        var model = context.Model;
        var language = context.Language;
        var latest = Latest(model, context, LatestCount).Select(x => BulletinLink(context, x.Park, x.Year, withPark: true)).ToList();

        var cards = model.Parks.Take(ParkCount).Select(park =>
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
        var all = model.Parks.Count > ParkCount
            ? context.LinkTo(PageKey.Directory, context.S.Format("all_parks", ("count", model.Parks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            : null;
        return new HomeView(layout) { LatestBulletins = latest, Parks = cards, AllParks = all };
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

    /// <summary>The most recent bulletins, newest first: by date (undated ones count as published at the start of
    /// the following year, as most are), then year, then park. A bounded heap, not a sort: a site may have 10,000.</summary>
    private static List<(ParkEntry Park, YearEntry Year)> Latest(SiteModel model, ViewContext context, int count)
    {
        var heap = new PriorityQueue<(ParkEntry Park, YearEntry Year), (DateOnly Date, int Year, string Slug)>(count + 1, OldestFirst.Instance);
        foreach (var park in model.Parks)
        {
            foreach (var year in park.Years)
            {
                var key = (BulletinDate(year, context) ?? new DateOnly(year.Year + 1, 1, 1), year.Year, park.Slug);
                heap.Enqueue((park, year), key);
                if (heap.Count > count)
                {
                    heap.Dequeue();
                }
            }
        }

        var result = new List<(ParkEntry, YearEntry)>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result;
    }

    /// <summary>Orders bulletins oldest (and, at equal dates, last by slug) first, so the heap drops the oldest.</summary>
    private sealed class OldestFirst : IComparer<(DateOnly Date, int Year, string Slug)>
    {
        public static readonly OldestFirst Instance = new();

        public int Compare((DateOnly Date, int Year, string Slug) a, (DateOnly Date, int Year, string Slug) b)
        {
            var byDate = a.Date.CompareTo(b.Date);
            if (byDate != 0)
            {
                return byDate;
            }

            var byYear = a.Year.CompareTo(b.Year);
            return byYear != 0 ? byYear : string.CompareOrdinal(b.Slug, a.Slug);
        }
    }

    private static DateOnly? BulletinDate(YearEntry year, ViewContext context) =>
        year.Report.Bulletins.GetValueOrDefault(context.Language)?.Date ?? year.Report.Bulletins.Values.Select(d => d.Date).Max();
}
