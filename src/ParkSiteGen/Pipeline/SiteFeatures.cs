using ParkSiteGen.Comparisons;
using ParkSiteGen.Discovery;
using ParkSiteGen.OpenData;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Search;

namespace ParkSiteGen.Pipeline;

/// <summary>Every kind of page and every other file of the site, registered in one place (as Markdig lists its
/// extensions); each registration lives in its feature's folder. build, serve and check all render from this list.</summary>
public static class SiteFeatures
{
    public static readonly IReadOnlyList<PageKindRenderer> PageKinds =
    [
        CorePages.Home, CorePages.Directory, CorePages.Profile, CorePages.Bulletin,
        ComparisonPages.Index, ComparisonPages.Indicator,
        SearchPages.Search, SearchPages.NotFound,
        OpenDataFeature.Page,
    ];

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
