namespace ParkSiteGen.Model;

/// <summary>An entry of indicators.yml. <see cref="Order"/> is its position there: tables follow the catalogue.
/// A class, not a record: each indicator exists once, so figures compare their indicators by identity
/// (a record's field-by-field equality was the hottest spot of a rebuild of 10,000 years).</summary>
public sealed class Indicator(
    string key,
    Localized name,
    Unit unit,
    bool? higherIsBetter,
    string? category,
    Localized? definition,
    string? counter,
    bool headline,
    int order)
{
    public string Key { get; } = key;

    public Localized Name { get; } = name;

    public Unit Unit { get; } = unit;

    public bool? HigherIsBetter { get; } = higherIsBetter;

    public string? Category { get; } = category;

    public Localized? Definition { get; } = definition;

    public string? Counter { get; } = counter;

    public bool Headline { get; } = headline;

    public int Order { get; } = order;

    public override string ToString() => Key;
}
