namespace ParkSiteGen.Pipeline;

/// <param name="SiteDir">The folder holding content/ (and optionally themes/).</param>
/// <param name="OutDir">Where the site is published; replaced as a whole when the build succeeds.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (e.g. a Netlify deploy preview).</param>
/// <param name="Search">Build the search index with Pagefind (before the site is swapped in).</param>
public sealed record BuildOptions(string SiteDir, string OutDir, bool IncludeDrafts = false, bool Strict = false, Uri? BaseUrl = null, bool Search = false);
