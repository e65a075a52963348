using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Model;

/// <summary>以上 / 超过 / 余 / 约 / 近: how a figure is bounded or hedged. Never dropped.</summary>
public enum Qualifier
{
    None,
    AtLeast,
    MoreThan,
    Over,
    About,
    Nearly,
}

/// <summary>What kind of figure this is. A target is never shown as a result.</summary>
public enum FigureStatus
{
    Actual,
    Expected,
    Cumulative,
    AsOf,
    Target,
}

/// <summary>One number of a data.yml, with everything that qualifies it.</summary>
/// <param name="Value">Exactly as written (decimal keeps the source's digits: 41.88 stays 41.88).</param>
/// <param name="Yoy">Reported year-on-year growth in percent, as given.</param>
/// <param name="Of">For ranks: out of how many.</param>
/// <param name="TargetYear">For targets: the year the target is for.</param>
public sealed record Figure(
    Indicator Indicator,
    decimal Value,
    Qualifier Qualifier,
    FigureStatus Status,
    decimal? Yoy,
    int? Of,
    Localized? Period,
    int? TargetYear,
    Localized? Note,
    SourceLocation Location);
