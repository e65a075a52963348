using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>The open data: the page that lists the downloads, and the CSV and JSON files themselves.</summary>
public static class OpenDataFeature
{
    public static readonly PageKindRenderer Page = new(PageKind.Data, "data", (context, _) => DataPageViewBuilder.Build(context), Inputs.Site | Inputs.Theme | Inputs.EveryParksFigures,
        PageKindRenderer.One(PageKey.Data));

    public static readonly SiteFile Files = new("open data", Inputs.Site | Inputs.EveryParksFigures, (renderer, output, _) => DataFiles.Write(renderer.Model, output, renderer.MaxParallelism));
}
