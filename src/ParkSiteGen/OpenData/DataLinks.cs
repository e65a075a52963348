using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>The download links shown under tables: the figures behind the table, as CSV, JSON and an Excel workbook.</summary>
public static class DataLinks
{
    public static IReadOnlyList<LinkView> SiteWide(ViewContext context) => Links(context, "figures");

    public static IReadOnlyList<LinkView> Park(ViewContext context, string slug) => Links(context, $"parks/{slug}");

    private static IReadOnlyList<LinkView> Links(ViewContext context, string name) =>
    [
        new LinkView("CSV", context.Model.Urls.Href(UrlScheme.DataFile(name + ".csv"))),
        new LinkView("JSON", context.Model.Urls.Href(UrlScheme.DataFile(name + ".json"))),
        new LinkView("Excel", context.Model.Urls.Href(UrlScheme.DataFile(name + ".xlsx"))),
    ];
}
