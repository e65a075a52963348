using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads content/indicators.yml: the list of indicators, their names, units and meaning.</summary>
public static class IndicatorCatalogReader
{
    internal static readonly string[] Keys = ["key", "name", "unit", "higher_is_better", "category", "definition", "counter", "headline"];

    public static List<Indicator> Read(YamlNode? root, YamlValues values)
    {
        var result = new List<Indicator>();
        if (root is null)
        {
            return result;
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in values.List(root, "indicators.yml"))
        {
            if (values.Fields(item, "an indicator", Keys) is not { } fields)
            {
                continue;
            }

            var keyNode = fields.Required("key", "total_revenue", "a short name of lowercase letters, digits and '_'");
            var key = keyNode is null ? null : values.Text(keyNode, "key");
            if (key is not null && !IsValidKey(key))
            {
                values.Diagnostics.Error("wrong-value", keyNode!.Location, "an indicator key must be lowercase letters, digits and '_', starting with a letter",
                    found: key, expected: "a key such as tax_revenue", hint: $"try '{SuggestKey(key)}'");
                key = null;
            }

            if (key is not null && seen.TryGetValue(key, out var first))
            {
                values.Diagnostics.Error("duplicate-key", keyNode!.Location, $"the indicator '{key}' is defined twice",
                    found: $"'{key}' again (first at line {first.Line})", expected: "each key once", hint: "remove or rename one of them");
                key = null;
            }

            var what = key is null ? "an indicator" : $"indicator '{key}'";
            var name = fields.Required("name", "{ zh: 税收, en: Tax revenue }") is { } n ? values.Localized(n, $"the name of {what}") : null;
            var unit = fields.Required("unit", "one of " + string.Join(", ", Units.ByName.Keys)) is { } u ? values.Choice(u, $"the unit of {what}", Units.ByName) : null;
            var higher = fields.Optional("higher_is_better") is { } h ? values.Bool(h, "higher_is_better") : null;
            var category = fields.Optional("category") is { } c ? values.Text(c, "category") : null;
            if (category is not null && !IsValidKey(category))
            {
                values.Diagnostics.Error("wrong-value", fields.Optional("category")!.Location, "a category must be lowercase letters, digits and '_'",
                    found: category, expected: "a word such as investment", hint: $"try '{SuggestKey(category)}'");
            }

            var definition = fields.Optional("definition") is { } d ? values.Localized(d, $"the definition of {what}") : null;
            var counter = fields.Optional("counter") is { } co ? values.Text(co, "counter") : null;
            if (counter is not null && unit is not (Unit.Count or Unit.Enterprises))
            {
                values.Diagnostics.Error("wrong-value", fields.Optional("counter")!.Location, "counter (the Chinese measure word) only applies to the units count and enterprises",
                    found: $"counter with unit {(unit is { } un ? Units.NameOf(un) : "?")}", expected: "no counter for this unit", hint: "remove 'counter'");
            }

            var headline = fields.Optional("headline") is { } hl && values.Bool(hl, "headline") == true;
            if (key is null || name is null || unit is null)
            {
                continue;
            }

            seen[key] = keyNode!.Location;
            result.Add(new Indicator(key, name, unit.Value, higher, category, definition, counter, headline, result.Count));
        }

        return result;
    }

    private static bool IsValidKey(string key) =>
        key.Length > 0 && key[0] is >= 'a' and <= 'z' && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');

    private static string SuggestKey(string key) => Slugs.Suggest(key).Replace('-', '_');
}
