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
        output.WriteText(UrlScheme.OutputFile(UrlScheme.SitemapPath), Render(model));
        output.WriteText(UrlScheme.OutputFile(UrlScheme.RobotsPath), $"User-agent: *\nAllow: /\n\nSitemap: {model.Urls.Absolute(UrlScheme.SitemapPath)}\n");
    }

    internal static string Render(SiteModel model)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in model.Pages.Where(p => p.Key.Kind is not (PageKind.NotFound or PageKind.Search)))
            {
                var languages = model.LanguagesOf(page.Key);
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, model.Urls.Absolute(page.Path));
                if (languages.Count > 1)
                {
                    foreach (var language in languages)
                    {
                        Alternate(xml, language.HtmlLang, model.Urls.Absolute(UrlScheme.PathOf(page.Key, language)));
                    }

                    var fallback = languages.Contains(model.Site.DefaultLanguage) ? model.Site.DefaultLanguage : languages[0];
                    Alternate(xml, "x-default", model.Urls.Absolute(UrlScheme.PathOf(page.Key, fallback)));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return writer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
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
