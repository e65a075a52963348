namespace ParkSiteGen.Model;

public enum ParkLevel
{
    National,
    Provincial,
}

public sealed record Honor(int Year, Localized Title, Localized? AwardedBy, Localized? Period, Localized? Note);

/// <summary>One reported year of a park: its data.yml and its bulletins.</summary>
public sealed record YearReport(
    int Year,
    string Folder,
    IReadOnlyList<Figure> Indicators,
    IReadOnlyList<Figure> Targets,
    IReadOnlyList<Localized> Highlights,
    IReadOnlyList<Localized> Sources,
    IReadOnlyDictionary<Language, Document> Bulletins)
{
    // A year is one thing, compared by identity: value equality would compare every figure and narrative.
    public bool Equals(YearReport? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>A park folder: park.yml, its profiles, and its years in ascending order.</summary>
public sealed record Park(
    string Slug,
    string Folder,
    Localized Name,
    Localized ShortName,
    ParkLevel Level,
    Localized Province,
    Localized City,
    decimal? AreaKm2,
    int? Established,
    string? Website,
    IReadOnlyList<Localized> Industries,
    IReadOnlyList<Honor> Honors,
    IReadOnlyDictionary<Language, Document> Profiles,
    IReadOnlyList<YearReport> Years)
{
    /// <summary>Its photos, in park.yml's order.</summary>
    public IReadOnlyList<Photo> Photos { get; init; } = [];

    // A park is one thing, compared by identity: value equality would compare all its years, deeply.
    public bool Equals(Park? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
