using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Pipeline;

/// <param name="SiteDir">The folder holding content/ (and optionally themes/).</param>
/// <param name="OutDir">Where the site is published; brought up to the new build in one step when it succeeds.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (e.g. a Netlify deploy preview).</param>
/// <param name="Search">Build the search index with Pagefind (before the site is swapped in).</param>
/// <param name="Timings">Where the stages' times go (`--timings`); none are kept when null.</param>
/// <param name="MaxParallelism">How many pages render at once (`--jobs`); all processors when -1. The output is the same whatever it is.</param>
/// <param name="Clean">Make everything again, ignoring what the last build left (`--clean`).</param>
public sealed record BuildOptions(string SiteDir, string OutDir, bool IncludeDrafts = false, bool Strict = false, Uri? BaseUrl = null, bool Search = false,
    BuildTimings? Timings = null, int MaxParallelism = -1, bool Clean = false);
