using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Pipeline;

/// <summary>What a build did: its diagnostics (sorted), whether it published, and what it wrote.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, SourceTexts Sources, int PageCount, int FileCount, TimeSpan Elapsed)
{
    /// <summary>Nothing the build reads had changed: the published site was already this build's.</summary>
    public bool UpToDate { get; init; }

    /// <summary>Pages and groups of files made again because their inputs changed.</summary>
    public int Written { get; init; }

    /// <summary>Those kept as the last build made them.</summary>
    public int Kept { get; init; }

    /// <summary>Photos encoded, and photos whose files came from the cache of processed photos.</summary>
    public int PhotosEncoded { get; init; }

    public int PhotosFromCache { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
