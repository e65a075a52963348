using System.Globalization;
using ParkSiteGen.Formatting;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>An annual bulletin: the narrative, the year's results, how they compare with the targets set for
/// them, the targets this review sets (separate tables), sources, and the neighbouring years.</summary>
public static class BulletinViewBuilder
{
    public static BulletinView Build(ViewContext context, Templates.HtmlFragment? narrative)
    {
        var page = context.Page;
        var park = page.Park!;
        var year = page.Year!;
        var s = context.S;
        var language = context.Language;
        var document = page.Document;
        var yearText = year.Year.ToString(CultureInfo.InvariantCulture);
        var heading = document?.Title ?? s.Format("bulletin_title_fallback", ("year", yearText));
        var parkLink = context.LinkTo(PageKey.Profile(park.Slug), context.ParkName(park))!;
        var crumbs = new List<LinkView>
        {
            context.LinkTo(PageKey.Home, s["nav_home"])!,
            context.LinkTo(PageKey.Directory, s["nav_parks"])!,
            parkLink with { Label = context.ParkShortName(park) },
            new(yearText, context.Model.Urls.Href(page.Path), IsCurrent: true),
        };

        var index = park.Years.ToList().IndexOf(year);
        YearLinkView? Neighbour(int i, string key, string rel) =>
            i >= 0 && i < park.Years.Count && context.LinkTo(PageKey.Bulletin(park.Slug, park.Years[i].Year), s.Format(key, ("year", park.Years[i].Year.ToString(CultureInfo.InvariantCulture)))) is { } link
                ? new YearLinkView(link, rel)
                : null;

        return new BulletinView(LayoutBuilder.Build(context, heading, crumbs, document?.Summary))
        {
            Park = parkLink,
            Published = document?.Date is { } date ? s.Format("published", ("date", FigureWords.Date(date, language))) : null,
            Summary = document?.Summary,
            Highlights = year.Report.Highlights.Select(context.Text).ToList(),
            Narrative = narrative,
            Indicators = TableBuilder.Indicators(context, park, year, "indicators"),
            Comparison = TableBuilder.Comparison(context, year),
            Targets = TableBuilder.Targets(context, year),
            Sources = year.Report.Sources.Select(context.Text).ToList(),
            YearLinks = new[] { Neighbour(index - 1, "prev_year", "prev"), Neighbour(index + 1, "next_year", "next") }.OfType<YearLinkView>().ToList(),
        };
    }
}
