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
}

/// <summary>A kind of page: the layout that renders it and how its view model is made (with the page's narrative,
/// when it has one). Each feature registers its kinds in its own folder; the build's list of them is
/// <c>Pipeline.SiteFeatures</c>.</summary>
public sealed record PageKindRenderer(PageKind Kind, string Layout, Func<ViewContext, HtmlFragment?, object> BuildView)
{
    /// <summary>A page about the whole site depends on every park; a park's page on its own park.</summary>
    public static Inputs InputsOf(PageKey key) => Inputs.Site | Inputs.Theme | (key.IsSitePage ? Inputs.EveryPark : Inputs.OwnPark);
}

/// <summary>Files of the site that are not pages of the model (open data, feeds, sitemap, assets...), made together
/// by one writer from the model (and the theme, through the renderer, when <see cref="Inputs"/> says so); a template
/// that fails reports into the bag.</summary>
public sealed record SiteFile(string Name, Inputs Inputs, Action<SiteRenderer, ISiteOutput, Diagnostics.DiagnosticBag> Write);
