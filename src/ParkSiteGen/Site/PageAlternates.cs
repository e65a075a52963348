namespace ParkSiteGen.Site;

/// <summary>One hreflang alternate of a page: the language's tag ("zh-CN", or "x-default") and the absolute URL.</summary>
public readonly record struct Alternate(string HrefLang, string Href);

/// <summary>The language versions of a page that search engines are told of, in the page's head and in the sitemap:
/// each language the page is published in with its absolute URL, and the x-default, the version a reader of any other
/// language gets (the default language's, else the first that exists, as <see cref="SiteModel.Link"/> leads).
/// None when the page has one language: hreflang joins versions that exist, and a page is no alternate of itself.</summary>
public sealed record PageAlternates(IReadOnlyList<Alternate> Versions, Alternate? XDefault)
{
    public static readonly PageAlternates None = new([], null);
}
