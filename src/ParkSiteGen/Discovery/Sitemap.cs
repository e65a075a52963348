using System.Text;
using System.Xml;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Discovery;

/// <summary>/sitemap.xml: every page, each with its language versions as xhtml:link hreflang alternates (only the
/// versions that exist) and x-default pointing at the default language; and /robots.txt pointing at it.</summary>
public static class Sitemap
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static void Write(SiteModel model, ISiteOutput output)
    {
        using (var stream = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.SitemapPath)))
        {
            Render(model, stream);
        }

        output.WriteText(UrlScheme.OutputFile(UrlScheme.RobotsPath), $"User-agent: *\nAllow: /\n\nSitemap: {model.Urls.Absolute(UrlScheme.SitemapPath)}\n");
    }

    /// <summary>The sitemap, written as UTF-8 straight to <paramref name="stream"/> (a site of 100,000 pages has a
    /// sitemap of 50 MB), with LF line ends on every platform.</summary>
    internal static void Render(SiteModel model, Stream stream)
    {
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);

            // A page's alternates are the same in each of its languages: made once per page.
            var alternates = new Dictionary<PageKey, (string HrefLang, string Href)[]>();
            foreach (var page in model.Pages.Where(p => p.Key.Kind is not (PageKind.NotFound or PageKind.Search)))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, model.Urls.Absolute(page.Path));
                if (!alternates.TryGetValue(page.Key, out var links))
                {
                    alternates[page.Key] = links = Alternates(model, page.Key);
                }

                foreach (var (hreflang, href) in links)
                {
                    Alternate(xml, hreflang, href);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        stream.Write("\n"u8);
    }

    /// <summary>Each language version of the page, then x-default; none when the page has only one language.</summary>
    private static (string HrefLang, string Href)[] Alternates(SiteModel model, PageKey key)
    {
        var languages = model.LanguagesOf(key);
        if (languages.Count <= 1)
        {
            return [];
        }

        var fallback = languages.Contains(model.Site.DefaultLanguage) ? model.Site.DefaultLanguage : languages[0];
        return [.. languages.Select(l => (l.HtmlLang, model.Urls.Absolute(UrlScheme.PathOf(key, l)))), ("x-default", model.Urls.Absolute(UrlScheme.PathOf(key, fallback)))];
    }

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
