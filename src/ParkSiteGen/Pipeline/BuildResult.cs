using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Pipeline;

/// <summary>What a build did: its diagnostics (sorted), whether it published, and what it wrote.</summary>
public sealed record BuildResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, SourceTexts Sources, int PageCount, int FileCount, TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
