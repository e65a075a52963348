namespace ParkSiteGen.Model;

/// <summary>The built-in units of the content format. How each is written per language lives in
/// Formatting/UnitFormatter, the one place for that rule.</summary>
public enum Unit
{
    Cny100m,
    Cny10k,
    Usd10k,
    Cny10kPerMu,
    Percent,
    PercentagePoints,
    Count,
    Enterprises,
    Km,
    Km2,
    M210k,
    Mu,
    Mu10k,
    Tonnes10k,
    Tonnes100m,
    Months,
    Rank,
}

public static class Units
{
    /// <summary>Unit names as editors write them in indicators.yml.</summary>
    public static IReadOnlyDictionary<string, Unit> ByName { get; } = new Dictionary<string, Unit>(StringComparer.Ordinal)
    {
        ["cny_100m"] = Unit.Cny100m,
        ["cny_10k"] = Unit.Cny10k,
        ["usd_10k"] = Unit.Usd10k,
        ["cny_10k_per_mu"] = Unit.Cny10kPerMu,
        ["percent"] = Unit.Percent,
        ["percentage_points"] = Unit.PercentagePoints,
        ["count"] = Unit.Count,
        ["enterprises"] = Unit.Enterprises,
        ["km"] = Unit.Km,
        ["km2"] = Unit.Km2,
        ["m2_10k"] = Unit.M210k,
        ["mu"] = Unit.Mu,
        ["mu_10k"] = Unit.Mu10k,
        ["tonnes_10k"] = Unit.Tonnes10k,
        ["tonnes_100m"] = Unit.Tonnes100m,
        ["months"] = Unit.Months,
        ["rank"] = Unit.Rank,
    };

    /// <summary>Each unit's name, by the unit's number: open data names the unit of every figure.</summary>
    private static readonly string[] Names = NamesByUnit();

    public static string NameOf(Unit unit) => Names[(int)unit];

    private static string[] NamesByUnit()
    {
        var names = new string[Enum.GetValues<Unit>().Length];
        foreach (var (name, unit) in ByName)
        {
            names[(int)unit] = name;
        }

        return names;
    }

    /// <summary>Units whose change between two years is a growth rate (a computed yoy makes sense).
    /// Shares and ranks are not: their change is in points or places.</summary>
    public static bool IsAmount(Unit unit) => unit is not (Unit.Percent or Unit.PercentagePoints or Unit.Rank);
}
