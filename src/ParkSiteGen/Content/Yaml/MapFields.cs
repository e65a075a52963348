using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content.Yaml;

/// <summary>The entries of one YAML map, checked against the keys the format allows. Unknown keys are
/// reported (with "did you mean") when the map is opened; missing required keys when they are asked for.</summary>
public sealed class MapFields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly string _what;
    private readonly List<string> _unknown = [];

    internal MapFields(YamlMapping map, string what, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics, Func<string, string?>? keyHint)
    {
        Map = map;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var entry in map.Entries)
        {
            if (allowedKeys.Contains(entry.Key.Value))
            {
                _entries[entry.Key.Value] = entry;
                continue;
            }

            _unknown.Add(entry.Key.Value);
            diagnostics.Error("unknown-key", entry.Key.Location, $"unknown key '{entry.Key.Value}' in {what}",
                found: entry.Key.Value, expected: "one of: " + string.Join(", ", allowedKeys),
                hint: keyHint?.Invoke(entry.Key.Value) ?? Suggestions.DidYouMean(entry.Key.Value, allowedKeys) ?? "remove this key, or check the content format in README.md");
        }
    }

    public YamlMapping Map { get; }

    public SourceLocation Location => Map.Location;

    /// <summary>The value, or null when the key is absent or its value is empty.</summary>
    public YamlNode? Optional(string key) =>
        _entries.TryGetValue(key, out var entry) && !(entry.Value is YamlScalar { IsNull: true }) ? entry.Value : null;

    public YamlNode? Required(string key, string expected, string? hint = null)
    {
        if (Optional(key) is { } node)
        {
            return node;
        }

        if (_unknown.Any(u => Suggestions.Closest(u, [key]) is not null))
        {
            return null; // already reported as "unknown key 'levle': did you mean 'level'?"
        }

        var at = _entries.TryGetValue(key, out var empty) ? empty.Key.Location : Map.Location;
        _diagnostics.Error("missing-key", at, $"{_what} needs '{key}'",
            found: _entries.ContainsKey(key) ? $"'{key}' with an empty value" : $"no '{key}'", expected: $"{key}: {expected}", hint: hint);
        return null;
    }

    public YamlScalar? KeyOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Key : null;
}
