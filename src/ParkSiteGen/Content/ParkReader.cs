using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads a park's park.yml (the profile data; narratives and years are read by the loader).</summary>
public static class ParkReader
{
    internal static readonly string[] Keys = ["name", "short_name", "level", "province", "city", "area_km2", "established", "website", "industries", "honors"];
    internal static readonly string[] HonorKeys = ["year", "title", "awarded_by", "period", "note"];

    internal static readonly Dictionary<string, ParkLevel> Levels = new(StringComparer.Ordinal)
    {
        ["national"] = ParkLevel.National,
        ["provincial"] = ParkLevel.Provincial,
    };

    public sealed record Data(Localized Name, Localized? ShortName, ParkLevel Level, Localized Province, Localized City, decimal? AreaKm2,
        int? Established, string? Website, IReadOnlyList<Localized> Industries, IReadOnlyList<Honor> Honors);

    public static Data? Read(YamlNode? root, YamlValues values)
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
        return name is null || level is null || province is null || city is null
            ? null
            : new Data(name, shortName, level.Value, province, city, area, established, website, industries, honors);
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
}
