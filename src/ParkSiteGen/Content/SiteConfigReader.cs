using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads content/site.yml. Its languages are read first: every localized field depends on them.</summary>
public static class SiteConfigReader
{
    internal static readonly string[] Keys = ["title", "description", "base_url", "languages", "theme", "allow_html", "organization", "footer", "photos"];
    internal static readonly string[] FooterKeys = ["icp", "public_security", "site_code"];
    internal static readonly string[] PhotoKeys = ["widths", "quality", "avif"];
    private const string File = "content/site.yml";

    public static SiteConfig? Read(YamlNode? root, DiagnosticBag diagnostics)
    {
        if (root is null)
        {
            return null;
        }

        var bootstrap = new YamlValues(diagnostics, Language.Supported);
        if (bootstrap.Fields(root, "site.yml", Keys) is not { } fields)
        {
            return null;
        }

        var declared = ReadLanguages(fields, bootstrap);
        var languages = declared ?? [Language.Zh, Language.En];
        var values = new YamlValues(diagnostics, languages);
        var title = fields.Required("title", "{ zh: 湖南园区之窗, en: Hunan Parks Portal }") is { } t ? values.Localized(t, "the site title") : null;
        var description = fields.Optional("description") is { } d ? values.Localized(d, "the site description") : null;
        var baseUrl = ReadBaseUrl(fields, values);
        var theme = fields.Optional("theme") is { } th ? values.Text(th, "theme") : "default";
        if (theme is not null && !Slugs.IsValidName(theme))
        {
            diagnostics.Error("wrong-value", fields.Optional("theme")!.Location, "theme must be the name of a folder in themes/",
                found: theme, expected: "a name of lowercase letters, digits and '-', such as default");
            theme = null;
        }

        var allowHtml = fields.Optional("allow_html") is { } ah && values.Bool(ah, "allow_html") == true;
        var organization = fields.Optional("organization") is { } o ? values.Localized(o, "organization") : null;
        var footer = ReadFooter(fields.Optional("footer"), values);
        var photos = ReadPhotos(fields.Optional("photos"), values);
        return declared is null || title is null || baseUrl is null || theme is null
            ? null
            : new SiteConfig(title, description, baseUrl, languages, theme, allowHtml, organization, footer) { Photos = photos };
    }

    /// <summary>Checks a --base-url given on the command line with the same rule as site.yml's.</summary>
    public static Uri? ParseBaseUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : null;

    private static Uri? ReadBaseUrl(MapFields fields, YamlValues values)
    {
        if (fields.Required("base_url", "https://parks.example.org/") is not { } node || values.Text(node, "base_url") is not { } text)
        {
            return null;
        }

        if (ParseBaseUrl(text) is { } uri)
        {
            return uri;
        }

        values.Diagnostics.Error("wrong-value", node.Location, "base_url must be an absolute http(s) address",
            found: text, expected: "an address such as https://parks.example.org/", hint: "start it with https://");
        return null;
    }

    private static List<Language>? ReadLanguages(MapFields fields, YamlValues values)
    {
        if (fields.Required("languages", "[zh, en]", "the first language is the default one") is not { } node)
        {
            return null;
        }

        var result = new List<Language>();
        var valid = true;
        foreach (var item in values.List(node, "languages"))
        {
            if (values.Text(item, "a language") is not { } code)
            {
                valid = false;
                continue;
            }

            if (Language.Find(code) is not { } language)
            {
                values.Diagnostics.Error("unknown-language", item.Location, $"ParkSiteGen cannot write figures in language '{code}'",
                    found: code, expected: "zh or en",
                    hint: Language.Suggest(code, Language.Supported));
                valid = false;
            }
            else if (result.Contains(language))
            {
                values.Diagnostics.Error("duplicate-key", item.Location, $"the language '{code}' is listed twice", found: code, expected: "each language once");
                valid = false;
            }
            else
            {
                result.Add(language);
            }
        }

        if (result.Count == 0 && valid)
        {
            values.Diagnostics.Error("missing-key", node.Location, "languages lists no language", expected: "[zh, en]");
        }

        // After a mistake here the rest of the site is read as [zh, en], so one typo is one error, not hundreds.
        return valid && result.Count > 0 ? result : null;
    }

    private static FooterConfig ReadFooter(YamlNode? node, YamlValues values)
    {
        if (values.Fields(node, "footer", FooterKeys) is not { } footer)
        {
            return new FooterConfig(null, null, null);
        }

        string? Text(string key) => footer.Optional(key) is { } n ? values.Text(n, $"footer.{key}") : null;
        return new FooterConfig(Text("icp"), Text("public_security"), Text("site_code"));
    }

    /// <summary>The widths (each from 16 to 4096 pixels, in increasing order) and the quality (1 to 100) photos are
    /// published at, and whether as AVIF too; what is not given keeps its default.</summary>
    private static PhotoSettings ReadPhotos(YamlNode? node, YamlValues values)
    {
        if (values.Fields(node, "photos", PhotoKeys) is not { } photos)
        {
            return PhotoSettings.Default;
        }

        var quality = photos.Optional("quality") is { } q ? values.Integer(q, "photos.quality", 1, 100) ?? PhotoSettings.Default.Quality : PhotoSettings.Default.Quality;
        var avif = photos.Optional("avif") is { } a && values.Bool(a, "photos.avif") == true;
        return ReadWidths(photos.Optional("widths"), values) is { } widths
            ? new PhotoSettings(widths, quality, avif)
            : PhotoSettings.Default with { Quality = quality, Avif = avif };
    }

    /// <summary>The widths given, or null (none given, or a mistake, which is reported).</summary>
    private static List<int>? ReadWidths(YamlNode? list, YamlValues values)
    {
        if (list is null)
        {
            return null;
        }

        var widths = values.List(list, "photos.widths").Select(w => values.Integer(w, "a photo width", 16, 4096)).ToList();
        if (widths.Count == 0 || widths.Any(w => w is null))
        {
            if (widths.Count == 0)
            {
                values.Diagnostics.Error("wrong-value", list.Location, "photos.widths lists no width", expected: "[480, 960, 1600]");
            }

            return null;
        }

        var given = widths.Select(w => w!.Value).ToList();
        if (!given.SequenceEqual(given.Distinct().Order()))
        {
            values.Diagnostics.Error("wrong-value", list.Location, "photos.widths must go from the smallest width to the largest, each once",
                found: string.Join(", ", given), expected: string.Join(", ", given.Distinct().Order()));
            return null;
        }

        return given;
    }
}
