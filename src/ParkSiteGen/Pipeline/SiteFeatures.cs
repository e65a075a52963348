using ParkSiteGen.Comparisons;
using ParkSiteGen.Discovery;
using ParkSiteGen.OpenData;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Search;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>Every kind of page and every other file of the site, registered in one place (as Markdig lists its
/// extensions); each registration lives in its feature's folder. build, serve and check all render from this list.</summary>
public static class SiteFeatures
{
    /// <summary>In the order the site's own pages are listed in each language (and so in the sitemap).</summary>
    public static readonly IReadOnlyList<PageKindRenderer> PageKinds =
    [
        CorePages.Home, CorePages.Directory,
        ComparisonPages.Index, ComparisonPages.Indicator,
        SearchPages.Search, OpenDataFeature.Page, SearchPages.NotFound,
        CorePages.Profile, CorePages.Bulletin,
    ];

    /// <summary>The pages about the whole site, as the page kinds above declare them: what the model lists in every
    /// language besides the parks' own pages.</summary>
    public static IEnumerable<PageKey> SitePages(SiteModel model) =>
        PageKinds.Where(kind => kind.SitePages is not null).SelectMany(kind => kind.SitePages!(model));

    /// <summary>The open data first: it is most of this work, and it runs beside the pages (see SiteRenderer).</summary>
    public static readonly IReadOnlyList<SiteFile> Files =
    [
        OpenDataFeature.Files, DiscoveryFiles.Feeds, DiscoveryFiles.Sitemap,
        CorePages.Redirect, CorePages.RootNotFound, CorePages.Assets,
    ];

    /// <summary>Every site file, each reporting into the bag <paramref name="diagnosticsFor"/> gives for it (check uses
    /// one bag, the preview one per file). The build keeps those whose inputs did not change instead (UnitRenderer).</summary>
    public static void WriteFiles(SiteRenderer renderer, Output.ISiteOutput output, Func<SiteFile, Diagnostics.DiagnosticBag> diagnosticsFor)
    {
        foreach (var file in Files)
        {
            file.Write(renderer, output, diagnosticsFor(file));
        }
    }
}
