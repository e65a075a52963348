namespace ParkSiteGen.Model;

/// <summary>An entry of indicators.yml. <see cref="Order"/> is its position there: tables follow the catalogue.</summary>
public sealed record Indicator(
    string Key,
    Localized Name,
    Unit Unit,
    bool? HigherIsBetter,
    string? Category,
    Localized? Definition,
    string? Counter,
    bool Headline,
    int Order);
