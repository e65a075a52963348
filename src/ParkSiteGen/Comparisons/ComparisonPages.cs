using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.Comparisons;

/// <summary>The indicator pages: the list of indicators, and one page per indicator comparing every park.</summary>
public static class ComparisonPages
{
    public static readonly PageKindRenderer Index = new(PageKind.IndicatorIndex, "indicators", (context, _) => IndicatorViewBuilders.BuildIndex(context), Inputs.Site | Inputs.Theme | Inputs.EveryParksFigures,
        PageKindRenderer.One(PageKey.IndicatorIndex));

    public static readonly PageKindRenderer Indicator = new(PageKind.Indicator, "indicator", (context, _) => IndicatorViewBuilders.Build(context), Inputs.Site | Inputs.Theme | Inputs.EveryParksFigures,
        model => model.ComparedIndicators.Select(i => PageKey.Indicator(i.Key)));
}
