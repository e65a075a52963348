using System.Globalization;
using System.Xml;
using ParkSiteGen.Model;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Discovery;

/// <summary>/&lt;lang&gt;/feed.xml: the annual bulletins published in that language, newest first (Atom 1.0).
/// Dates come from the bulletins (an undated one counts from 1 January of the next year), never from the clock,
/// so the feed is the same every build.</summary>
public static class AtomFeed
{
    private const int EntryCount = 20;

    public static void Write(SiteModel model, ISiteOutput output)
    {
        foreach (var language in model.Languages)
        {
            output.WriteText(UrlScheme.OutputFile(UrlScheme.FeedPath(language)), Render(model, language));
        }
    }

    internal static string Render(SiteModel model, Language language)
    {
        var entries = model.Parks
            .SelectMany(p => p.Years.Where(y => y.Languages.Contains(language)).Select(y => (Park: p, Year: y, Document: y.Report.Bulletins.GetValueOrDefault(language))))
            .Select(e => (e.Park, e.Year, e.Document, Updated: e.Document?.Date ?? new DateOnly(e.Year.Year + 1, 1, 1)))
            .OrderByDescending(e => e.Updated).ThenByDescending(e => e.Year.Year).ThenBy(e => e.Park.Slug, StringComparer.Ordinal)
            .Take(EntryCount)
            .ToList();
        var home = model.Urls.Absolute(UrlScheme.PathOf(PageKey.Home, language));
        var title = model.Text(model.Site.Title, language);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, language.HtmlLang);
            xml.WriteElementString("id", home);
            xml.WriteElementString("title", title);
            Link(xml, "self", model.Urls.Absolute(UrlScheme.FeedPath(language)), "application/atom+xml");
            Link(xml, "alternate", home, "text/html");
            xml.WriteElementString("updated", Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : new DateOnly(2000, 1, 1)));
            xml.WriteStartElement("author");
            xml.WriteElementString("name", model.Site.Organization is { } o ? model.Text(o, language) : title);
            xml.WriteEndElement();
            foreach (var (park, year, document, updated) in entries)
            {
                var url = model.Urls.Absolute(UrlScheme.PathOf(PageKey.Bulletin(park.Slug, year.Year), language));
                var parkName = model.Text(park.Park.ShortName, language);
                xml.WriteStartElement("entry");
                xml.WriteElementString("id", url);
                xml.WriteElementString("title", $"{parkName} · {document?.Title ?? year.Year.ToString(CultureInfo.InvariantCulture)}");
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("updated", Timestamp(updated));
                if (document?.Summary is { } summary)
                {
                    xml.WriteElementString("summary", summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return writer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
