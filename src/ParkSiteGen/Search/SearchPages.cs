using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.Search;

/// <summary>The search page, and the "not found" page that offers search.</summary>
public static class SearchPages
{
    public static readonly PageKindRenderer Search = new(PageKind.Search, "search", (context, _) => SearchPageViewBuilder.Build(context), SitePages: PageKindRenderer.One(PageKey.Search));

    public static readonly PageKindRenderer NotFound = new(PageKind.NotFound, "404", (context, _) => SearchPageViewBuilder.BuildNotFound(context), SitePages: PageKindRenderer.One(PageKey.NotFound));
}
