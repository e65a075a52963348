using ParkSiteGen.Output;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering;

/// <summary>What a file of the site is made from, for the build to know when it must be made again. Everything
/// depends on the program and the build's options.</summary>
[Flags]
public enum Inputs
{
    /// <summary>site.yml and indicators.yml.</summary>
    Site = 1,

    /// <summary>The theme: layouts, partials, interface texts, assets.</summary>
    Theme = 2,

    /// <summary>What listings show of every park: its park.yml, figures, and narratives' front matter (not their text).</summary>
    EveryPark = 4,

    /// <summary>Everything of the page's own park, and what listings show of the parks its narrative links to.</summary>
    OwnPark = 8,

    /// <summary>What comparisons and open data show of every park: its park.yml and data files, and which of its pages
    /// are published in which languages (they link to them), not its narratives' titles, dates or text: an edit of a
    /// bulletin's title does not make the comparisons and the open data again.</summary>
    EveryParksFigures = 16,
}

/// <summary>A kind of page: the layout that renders it and how its view model is made (with the page's narrative,
/// when it has one). Each feature registers its kinds in its own folder; the build's list of them is
/// <c>Pipeline.SiteFeatures</c>.</summary>
/// <param name="Reads">What its pages are made from: by default, as a page about the whole site, from every park.</param>
/// <param name="SitePages">Which pages of this kind the site has, each in every language (home: one; the indicator
/// pages: one per compared indicator); null for a park's pages, which the model makes from each park's content.</param>
public sealed record PageKindRenderer(PageKind Kind, string Layout, Func<ViewContext, HtmlFragment?, object> BuildView,
    Inputs Reads = Inputs.Site | Inputs.Theme | Inputs.EveryPark, Func<SiteModel, IEnumerable<PageKey>>? SitePages = null)
{
    /// <summary>One page of this kind about the whole site.</summary>
    public static Func<SiteModel, IEnumerable<PageKey>> One(PageKey key) => _ => [key];
}

/// <summary>Files of the site that are not pages of the model (open data, feeds, sitemap, assets...), made together
/// by one writer from the model (and the theme, through the renderer, when <see cref="Inputs"/> says so); a template
/// that fails reports into the bag.</summary>
public sealed record SiteFile(string Name, Inputs Inputs, Action<SiteRenderer, ISiteOutput, Diagnostics.DiagnosticBag> Write);
