using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ParkSiteGen.Content.Yaml;

namespace ParkSiteGen.Tests.Schemas;

/// <summary>A YAML document as JSON, typed the way YAML 1.2's core schema (and VS Code's YAML extension)
/// types plain scalars: numbers, true/false and null; quoted scalars stay text.</summary>
public static partial class YamlToJson
{
    [GeneratedRegex(@"^[-+]?(\d+|\d*\.\d+|\d+\.\d*)([eE][-+]?\d+)?$")]
    private static partial Regex Number();

    public static JsonNode? Convert(YamlNode? node) => node switch
    {
        null => null,
        YamlMapping map => new JsonObject(map.Entries.Select(e => new KeyValuePair<string, JsonNode?>(e.Key.Value, Convert(e.Value)))),
        YamlSequence list => new JsonArray(list.Items.Select(Convert).ToArray()),
        YamlScalar { Quoted: true } s => JsonValue.Create(s.Value),
        YamlScalar { IsNull: true } => null,
        YamlScalar s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalar s when Number().IsMatch(s.Value) => JsonValue.Create(decimal.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };
}
