using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>A park's profile: facts from park.yml, the narrative, honors, the latest results, the bulletins.</summary>
public static class ProfileViewBuilder
{
    public static ProfileView Build(ViewContext context, Templates.HtmlFragment? narrative)
    {
        var park = context.Page.Park!;
        var data = park.Park;
        var s = context.S;
        var language = context.Language;
        var facts = new List<FactView>
        {
            new(s["fact_full_name"], context.Text(data.Name)),
            new(s["fact_level"], TableBuilder.Level(context, data.Level)),
            new(s["fact_location"], TextJoin.Place(context.Text(data.Province), context.Text(data.City), language)),
        };
        if (data.AreaKm2 is { } area)
        {
            facts.Add(new(s["fact_area"], UnitFormatter.Format(area, Unit.Km2, Qualifier.None, null, null, language)));
        }

        if (data.Established is { } established)
        {
            facts.Add(new(s["fact_established"], FigureWords.Year(established, language)));
        }

        if (data.Industries.Count > 0)
        {
            facts.Add(new(s["fact_industries"], TextJoin.List(data.Industries.Select(context.Text), language)));
        }

        if (data.Website is { } website)
        {
            facts.Add(new(s["fact_website"], website, website));
        }

        var honors = data.Honors.Select(h => new HonorView(
            FigureWords.Year(h.Year, language),
            context.Text(h.Title),
            h.AwardedBy is { } by ? s.Format("honor_awarded_by", ("body", context.Text(by))) : null,
            h.Period is { } period ? s.Format("honor_period", ("period", context.Text(period))) : null,
            context.OptionalText(h.Note))).ToList();

        var bulletins = park.Years.Reverse().Select(y => HomeViewBuilder.BulletinLink(context, park, y, withPark: false)).ToList();
        var heading = context.ParkName(park);
        var crumbs = new List<LinkView>
        {
            context.LinkTo(PageKey.Home, s["nav_home"])!,
            context.LinkTo(PageKey.Directory, s["nav_parks"])!,
            new(context.ParkShortName(park), context.Model.Urls.Href(context.Page.Path), IsCurrent: true),
        };
        var summary = context.Page.Document?.Summary;
        return new ProfileView(LayoutBuilder.Build(context, heading, crumbs, summary))
        {
            Facts = facts,
            Narrative = narrative,
            Honors = honors,
            LatestTable = park.Latest is { } latest ? TableBuilder.Indicators(context, park, latest, "latest-indicators") : null,
            Trends = Charts.TrendViewBuilder.Build(context, park),
            Bulletins = bulletins,
        };
    }
}
