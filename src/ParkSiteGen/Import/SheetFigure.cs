using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

/// <summary>One figure a sheet gives: a park's value of an indicator in a year, where it was read.</summary>
/// <param name="Corrected">The sheet marks it as a correction, so it may replace a different value.</param>
/// <param name="Address">"Sheet1!F7", the value's cell.</param>
public sealed record SheetFigure(Park Park, int Year, Indicator Indicator, decimal Value, Qualifier Qualifier, decimal? Yoy, bool Corrected, string Address,
    IReadOnlyList<string> Conversions);
