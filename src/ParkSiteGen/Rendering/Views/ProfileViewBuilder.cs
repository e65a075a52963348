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
            Photos = Photos(context, data.Photos),
            LatestTable = park.Latest is { } latest ? TableBuilder.Indicators(context, park, latest, "latest-indicators") : null,
            Trends = Charts.TrendViewBuilder.Build(context, park),
            Bulletins = bulletins,
        };
    }

    /// <summary>The park's photos in the page's language. An alt text or a caption not yet translated shows the default
    /// language's, marked as such (its lang, and "(Chinese only)" after a caption) as links to untranslated pages are.</summary>
    private static List<PhotoView> Photos(ViewContext context, IReadOnlyList<Photo> photos)
    {
        var views = new List<PhotoView>();
        foreach (var photo in photos)
        {
            var (alt, altLanguage) = InLanguage(context, photo.Alt);
            if (context.Pictures.Picture(photo, alt, altLanguage?.HtmlLang) is not { } picture)
            {
                continue;
            }

            var (caption, captionLanguage) = photo.Caption is { } c ? InLanguage(context, c) : (null, null);
            views.Add(new PhotoView(picture, caption, captionLanguage?.HtmlLang,
                captionLanguage is { } other ? context.S.Format("only_in", ("language", context.S["lang_" + other.Code])) : null,
                photo.Credit is { } credit ? context.S.Format("photo_credit", ("credit", context.Text(credit))) : null));
        }

        return views;
    }

    /// <summary>The text in the page's language, or another's and which (null when it is the page's own).</summary>
    private static (string Text, Language? Other) InLanguage(ViewContext context, Localized text)
    {
        if (text.Has(context.Language))
        {
            return (context.Text(text), null);
        }

        var other = context.Model.Languages.FirstOrDefault(text.Has) ?? context.Model.Site.DefaultLanguage;
        return (context.Text(text), other);
    }
}
