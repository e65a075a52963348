using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content.Yaml;

/// <summary>The entries of one YAML map, checked against the keys the format allows. Unknown keys are
/// reported (with "did you mean") when the map is opened; missing required keys when they are asked for.</summary>
public sealed class MapFields
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;

    /// <summary>Keys the format does not have; rarely any, so made only when one is found.</summary>
    private List<string>? _unknown;

    internal MapFields(YamlMapping map, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics, Func<string, string?>? keyHint)
    {
        Map = map;
        _what = what;
        _diagnostics = diagnostics;
        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (allowedKeys.Contains(entry.Key.Value))
            {
                continue;
            }

            (_unknown ??= []).Add(entry.Key.Value);
            diagnostics.Error("unknown-key", entry.Key.Location, $"unknown key '{entry.Key.Value}' in {what}",
                found: entry.Key.Value, expected: "one of: " + string.Join(", ", allowedKeys),
                hint: keyHint?.Invoke(entry.Key.Value) ?? Suggestions.DidYouMean(entry.Key.Value, allowedKeys) ?? "remove this key, or check the content format in README.md");
        }
    }

    public YamlMapping Map { get; }

    public SourceLocation Location => Map.Location;

    /// <summary>The value, or null when the key is absent or its value is empty.</summary>
    public YamlNode? Optional(string key) =>
        Entry(key) is { } entry && !(entry.Value is YamlScalar { IsNull: true }) ? entry.Value : null;

    /// <summary>The entry of a key (the parsers keep no repeated key). A map has a handful of keys: looked up along its
    /// entries, not through a dictionary made for each of the tens of thousands of maps read.</summary>
    private KeyValuePair<YamlScalar, YamlNode>? Entry(string key)
    {
        var entries = Map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Value == key)
            {
                return entries[i];
            }
        }

        return null;
    }

    public YamlNode? Required(string key, string expected, string? hint = null)
    {
        if (Optional(key) is { } node)
        {
            return node;
        }

        if (_unknown?.Any(u => Suggestions.Closest(u, [key]) is not null) == true)
        {
            return null; // already reported as "unknown key 'levle': did you mean 'level'?"
        }

        var empty = Entry(key);
        _diagnostics.Error("missing-key", empty?.Key.Location ?? Map.Location, $"{_what} needs '{key}'",
            found: empty is not null ? $"'{key}' with an empty value" : $"no '{key}'", expected: $"{key}: {expected}", hint: hint);
        return null;
    }

    public YamlScalar? KeyOf(string key) => Entry(key)?.Key;
}
