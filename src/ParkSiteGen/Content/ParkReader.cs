using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads a park's park.yml (the profile data; narratives and years are read by the loader).</summary>
public static class ParkReader
{
    internal static readonly string[] Keys = ["name", "short_name", "level", "province", "city", "area_km2", "established", "website", "industries", "honors", "photos"];
    internal static readonly string[] HonorKeys = ["year", "title", "awarded_by", "period", "note"];
    internal static readonly string[] PhotoKeys = ["file", "alt", "caption", "credit"];

    internal static readonly Dictionary<string, ParkLevel> Levels = new(StringComparer.Ordinal)
    {
        ["national"] = ParkLevel.National,
        ["provincial"] = ParkLevel.Provincial,
    };

    public sealed record Data(Localized Name, Localized? ShortName, ParkLevel Level, Localized Province, Localized City, decimal? AreaKm2,
        int? Established, string? Website, IReadOnlyList<Localized> Industries, IReadOnlyList<Honor> Honors, IReadOnlyList<Photo> Photos);

    /// <param name="contentDir">The content folder, and <paramref name="folder"/> the park's: photos' paths are read
    /// against them.</param>
    public static Data? Read(YamlNode? root, YamlValues values, string contentDir, string folder)
    {
        if (values.Fields(root, "park.yml", Keys) is not { } fields)
        {
            return null;
        }

        var name = fields.Required("name", "{ zh: 常德经济技术开发区, en: Changde Economic and Technological Development Zone }") is { } n ? values.Localized(n, "the park name") : null;
        var shortName = fields.Optional("short_name") is { } sn ? values.Localized(sn, "the short name") : null;
        var level = fields.Required("level", "national or provincial") is { } l ? values.Choice(l, "level", Levels) : null;
        var province = fields.Required("province", "{ zh: 湖南省, en: Hunan }") is { } p ? values.Localized(p, "province") : null;
        var city = fields.Required("city", "{ zh: 衡阳市, en: Hengyang }") is { } c ? values.Localized(c, "city") : null;
        var area = fields.Optional("area_km2") is { } a ? values.Number(a, "area_km2") : null;
        if (area is <= 0)
        {
            values.Diagnostics.Error("wrong-value", fields.Optional("area_km2")!.Location, "area_km2 must be more than 0", found: area.ToString(), expected: "the planned area in square kilometres, e.g. 8.79");
            area = null;
        }

        var established = fields.Optional("established") is { } e ? values.Integer(e, "established", 1949, 2100) : null;
        var website = ReadWebsite(fields.Optional("website"), values);
        var industries = fields.Optional("industries") is { } i
            ? values.List(i, "industries").Select(x => values.Localized(x, "an industry")).OfType<Localized>().ToList()
            : [];
        var honors = fields.Optional("honors") is { } h ? ReadHonors(h, values) : [];
        var photos = fields.Optional("photos") is { } ph ? ReadPhotos(ph, values, contentDir, folder) : [];
        return name is null || level is null || province is null || city is null
            ? null
            : new Data(name, shortName, level.Value, province, city, area, established, website, industries, honors, photos);
    }

    private static string? ReadWebsite(YamlNode? node, YamlValues values)
    {
        if (node is null || values.Text(node, "website") is not { } text)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return text;
        }

        values.Diagnostics.Error("wrong-value", node.Location, "website must be an absolute http(s) address",
            found: text, expected: "an address such as https://www.example.gov.cn/", hint: "start it with https:// or http://");
        return null;
    }

    private static List<Honor> ReadHonors(YamlNode node, YamlValues values)
    {
        var honors = new List<Honor>();
        foreach (var item in values.List(node, "honors"))
        {
            if (values.Fields(item, "an honor", HonorKeys) is not { } fields)
            {
                continue;
            }

            var year = fields.Required("year", "the year it was announced, e.g. 2022") is { } y ? values.Integer(y, "the honor's year", 1949, 2100) : null;
            var title = fields.Required("title", "{ zh: ..., en: ... }") is { } t ? values.Localized(t, "the honor's title") : null;
            var by = fields.Optional("awarded_by") is { } b ? values.Localized(b, "awarded_by") : null;
            var period = fields.Optional("period") is { } p ? values.Localized(p, "period") : null;
            var note = fields.Optional("note") is { } n ? values.Localized(n, "the honor's note") : null;
            if (year is not null && title is not null)
            {
                honors.Add(new Honor(year.Value, title, by, period, note));
            }
        }

        return honors.OrderByDescending(h => h.Year).ToList();
    }

    private static List<Photo> ReadPhotos(YamlNode node, YamlValues values, string contentDir, string folder)
    {
        var photos = new List<Photo>();
        foreach (var item in values.List(node, "photos"))
        {
            if (values.Fields(item, "a photo", PhotoKeys) is not { } fields)
            {
                continue;
            }

            var file = fields.Required("file", "the photo's path from the park's folder, e.g. images/hall.jpg") is { } f ? PhotoFile(f, values, contentDir, folder) : null;
            var alt = fields.Required("alt", "{ zh: 展厅内景, en: Inside the exhibition hall }",
                "alt text says what the photo shows to readers who cannot see it (screen readers, a photo that does not load): it is required") is { } a
                ? values.Localized(a, "the photo's alt text") : null;
            var caption = fields.Optional("caption") is { } c ? values.Localized(c, "the photo's caption") : null;
            var credit = fields.Optional("credit") is { } cr ? values.Localized(cr, "the photo's credit") : null;
            if (file is not null && alt is not null)
            {
                photos.Add(new Photo(file, fields.Optional("file")!.Location, alt, caption, credit));
            }
        }

        return photos;
    }

    /// <summary>The photo's path in content/, if it names a JPEG, PNG or WebP file inside content/ that exists.</summary>
    private static string? PhotoFile(YamlNode node, YamlValues values, string contentDir, string folder)
    {
        if (values.Text(node, "the photo's file") is not { } text)
        {
            return null;
        }

        const string Expected = "a path from the park's folder to a JPEG, PNG or WebP file in content/, e.g. images/hall.jpg";
        if (text.Contains('\\') || Path.IsPathRooted(text) || text.Contains("://", StringComparison.Ordinal))
        {
            values.Diagnostics.Error("photo-outside-content", node.Location, "the photo's file must be a relative path inside content/", found: text,
                expected: Expected, hint: "put the photo in the park's images/ folder and write images/name.jpg, with '/'");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, text));
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDir));
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || (File.Exists(full) && !ContentPaths.StaysInside(root, relative)))
        {
            values.Diagnostics.Error("photo-outside-content", node.Location, "the photo's file is outside the content folder", found: text,
                expected: Expected, hint: "copy the photo into the park's images/ folder: the site publishes only what content/ holds");
            return null;
        }

        if (!Images.SourceImage.IsPhotoName(full))
        {
            values.Diagnostics.Error("photo-format", node.Location, "the photo must be a JPEG, PNG or WebP file", found: text,
                expected: Expected, hint: "save it as JPEG (.jpg) from an image editor");
            return null;
        }

        if (!File.Exists(full))
        {
            var siblings = Directory.Exists(Path.GetDirectoryName(full)) ? Directory.GetFiles(Path.GetDirectoryName(full)!).Select(Path.GetFileName).OfType<string>() : [];
            values.Diagnostics.Error("photo-not-found", node.Location, "the photo's file does not exist", found: text, expected: Expected,
                hint: Suggestions.DidYouMean(Path.GetFileName(full), siblings) ?? "check the spelling and the folder (the path starts at the park's folder)");
            return null;
        }

        return relative;
    }
}
