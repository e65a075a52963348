using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Search;

[TemplateModel]
public sealed partial class SearchPageView(PageView layout) : PageView(layout)
{
    /// <summary>Where the browser finds Pagefind's index (/pagefind/, under the site's base path).</summary>
    public required string IndexPath { get; init; }

    /// <summary>The script that runs the search (assets/search.js).</summary>
    public required string Script { get; init; }
}

/// <summary>/&lt;lang&gt;/search/: the search form and the results, found by the browser in Pagefind's index of that
/// language (Pagefind keeps one index per html lang, and segments Chinese words).</summary>
public static class SearchPageViewBuilder
{
    public static SearchPageView Build(ViewContext context)
    {
        var heading = context.S["search_title"];
        var crumbs = new List<LinkView> { context.LinkTo(PageKey.Home, context.S["nav_home"])!, new(heading, context.Model.Urls.Href(context.Page.Path), IsCurrent: true) };
        return new SearchPageView(LayoutBuilder.Build(context, heading, crumbs))
        {
            IndexPath = context.Model.Urls.Href("/pagefind/"),
            Script = context.Model.Urls.Href(context.Theme.AssetPath("search.js") ?? "/assets/search.js"),
        };
    }

    public static PageView BuildNotFound(ViewContext context) => LayoutBuilder.Build(context, context.S["not_found_title"], []);
}
