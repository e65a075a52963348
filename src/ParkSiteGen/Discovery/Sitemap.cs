using System.Text;
using System.Xml;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Discovery;

/// <summary>/sitemap.xml: every page, each with its hreflang alternates as xhtml:link (<see cref="SiteModel.AlternatesOf"/>:
/// the versions that exist, then x-default); and /robots.txt pointing at it.</summary>
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
            var alternates = new Dictionary<PageKey, PageAlternates>();
            foreach (var page in model.Pages.Where(p => p.Key.Kind is not (PageKind.NotFound or PageKind.Search)))
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, model.Urls.Absolute(page.Path));
                if (!alternates.TryGetValue(page.Key, out var links))
                {
                    alternates[page.Key] = links = model.AlternatesOf(page.Key);
                }

                foreach (var version in links.Versions)
                {
                    Alternate(xml, version);
                }

                if (links.XDefault is { } xDefault)
                {
                    Alternate(xml, xDefault);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        stream.Write("\n"u8);
    }

    private static void Alternate(XmlWriter xml, Alternate alternate)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", alternate.HrefLang);
        xml.WriteAttributeString("href", alternate.Href);
        xml.WriteEndElement();
    }
}
