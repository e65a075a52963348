namespace ParkSiteGen.Rendering.Templates;

/// <summary>How far one page's template may go. Scriban's defaults are for untrusted snippets: 1,000 loop steps
/// shared by nested loops (a directory of 1,000 parks has 7,000 table cells) and a render silently cut at 1 MiB.
/// A theme is trusted code, but a template can still loop forever; these limits let a page of a 100,000-park
/// site render whole and stop a runaway template within about a second, with its place.</summary>
internal static class Limits
{
    /// <summary>Loop steps in one page, nested loops included.</summary>
    public const int LoopIterations = 10_000_000;

    /// <summary>Characters in one page (the largest page of the 5,000-park benchmark site has about 3 million).</summary>
    public const int PageCharacters = 256 * 1024 * 1024;

    /// <summary>Partials inside partials (Scriban's default).</summary>
    public const int IncludeDepth = 100;
}
