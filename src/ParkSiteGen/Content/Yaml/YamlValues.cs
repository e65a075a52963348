using System.Globalization;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content.Yaml;

/// <summary>Reads typed values out of YAML nodes, reporting each mismatch with what was found, what the
/// format expects there and how to fix it. Returns null after reporting, so reading goes on.</summary>
public sealed class YamlValues(DiagnosticBag diagnostics, IReadOnlyList<Language> languages)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public IReadOnlyList<Language> Languages => languages;

    public MapFields? Fields(YamlNode? node, string what, IReadOnlyCollection<string> allowedKeys, Func<string, string?>? keyHint = null)
    {
        if (node is YamlMapping map)
        {
            return new MapFields(map, what, allowedKeys, diagnostics, keyHint);
        }

        if (node is not null)
        {
            WrongType(node, what, "a map of keys (key: value)");
        }

        return null;
    }

    public IReadOnlyList<YamlNode> List(YamlNode node, string what)
    {
        if (node is YamlSequence sequence)
        {
            return sequence.Items;
        }

        WrongType(node, what, "a list (one '- item' per line, or [a, b])");
        return [];
    }

    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Value;
        }

        WrongType(node, what, "a text");
        return null;
    }

    public decimal? Number(YamlNode node, string what)
    {
        if (node is not YamlScalar { IsNull: false } scalar)
        {
            WrongType(node, what, "a number such as 396 or 41.88");
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return WithinReason(scalar, what, value) ? value : null;
        }

        diagnostics.Error("wrong-type", scalar.Location, $"{what} must be a number",
            found: scalar.Describe(), expected: "a number such as 396 or 41.88", hint: NumberHint(scalar.Value));
        return null;
    }

    /// <summary>The most digits a figure has before the decimal point, and after it. Figures are written in their
    /// indicator's unit (396 for 396亿元), so these are far more than any report prints, and they keep everything the site
    /// computes from figures (yuan from 亿元, x 10^8; a growth rate, divided by last year's figure) within the range
    /// of a decimal: 10^21 or 10^-28, a digit held down or a figure in yuan, ended the build in a page's rendering.</summary>
    private const int MostDigits = 15, MostDecimals = 6;

    private bool WithinReason(YamlScalar scalar, string what, decimal value)
    {
        if (Math.Abs(value) >= 1_000_000_000_000_000m)
        {
            diagnostics.Error("wrong-value", scalar.Location, $"{what} is too large for a figure of a report",
                found: scalar.Value, expected: $"at most {MostDigits} digits before the decimal point",
                hint: "figures are written in the indicator's unit (396 for 396亿元, see indicators.yml): check for extra digits, or a figure written in yuan");
            return false;
        }

        if (value != Math.Round(value, MostDecimals))
        {
            diagnostics.Error("wrong-value", scalar.Location, $"{what} has more decimal places than a report gives",
                found: scalar.Value, expected: $"at most {MostDecimals} digits after the decimal point", hint: "round the figure as the report prints it");
            return false;
        }

        return true;
    }

    public int? Integer(YamlNode node, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        if (Number(node, what) is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value < min || value > max)
        {
            // A number past int's range (a digit held down) is told the upper limit, which it broke, not only the lower one.
            var range = min == int.MinValue && value >= min ? "a whole number" : max == int.MaxValue && value <= max ? $"a whole number of at least {min}" : $"a whole number from {min} to {max}";
            diagnostics.Error("wrong-type", node.Location, $"{what} must be {range}",
                found: ((YamlScalar)node).Value, expected: range);
            return null;
        }

        return (int)value;
    }

    public bool? Bool(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            switch (scalar.Value.ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
            }
        }

        diagnostics.Error("wrong-type", node.Location, $"{what} must be true or false",
            found: node.Describe(), expected: "true or false",
            hint: node is YamlScalar { Value: "yes" or "no" or "on" or "off" } ? "write true or false (yes/no/on/off are not accepted)" : null);
        return null;
    }

    public DateOnly? Date(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar
            && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error("wrong-type", node.Location, $"{what} must be a date written YYYY-MM-DD",
            found: node.Describe(), expected: "a date such as 2022-02-22",
            hint: node is YamlScalar s && s.Value.Contains('年') ? "write the date as 2022-02-22, not 2022年2月22日" : "use four-digit year, two-digit month and day: 2022-02-22");
        return null;
    }

    public T? Choice<T>(YamlNode node, string what, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        if (node is YamlScalar { IsNull: false } scalar && choices.TryGetValue(scalar.Value, out var value))
        {
            return value;
        }

        var found = node is YamlScalar s2 ? s2.Value : node.Describe();
        diagnostics.Error(what.Contains("unit") ? "unknown-unit" : "wrong-value", node.Location, $"{what} must be one of: {string.Join(", ", choices.Keys)}",
            found: node.Describe(), expected: "one of: " + string.Join(", ", choices.Keys),
            hint: Suggestions.DidYouMean(found, choices.Keys));
        return null;
    }

    /// <summary>A plain text (the same in every language) or a map from language code to text.
    /// Unknown language codes are errors; a site language missing from the map is a warning.</summary>
    public Localized? Localized(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } scalar:
                return Model.Localized.Same(scalar.Value);
            case YamlMapping map:
                // Keyed by the site's own language codes, not the map's copies: a large site keeps tens of thousands.
                var texts = new List<(string Code, string Text)>(languages.Count);
                var entries = map.Entries;
                for (var i = 0; i < entries.Count; i++)
                {
                    var (key, value) = entries[i];
                    if (LanguageOf(key.Value) is not { } language)
                    {
                        diagnostics.Error("unknown-language", key.Location, $"'{key.Value}' is not a language of this site in {what}",
                            found: key.Value, expected: "one of the languages in site.yml: " + string.Join(", ", languages.Select(l => l.Code)),
                            hint: Language.Suggest(key.Value, languages));
                        continue;
                    }

                    if (value is YamlScalar { IsNull: false } text)
                    {
                        texts.Add((language.Code, text.Value)); // each code once: the parsers keep no repeated key
                    }
                    else if (value is not YamlScalar)
                    {
                        WrongType(value, $"the {key.Value} text of {what}", "a text");
                    }
                }

                if (texts.Count == 0)
                {
                    diagnostics.Error("wrong-type", map.Location, $"{what} has no text in any language",
                        expected: "a text, or { zh: ..., en: ... }");
                    return null;
                }

                var localized = Model.Localized.PerLanguage(texts);

                // Each text is of a different site language: as many texts as languages means none is missing.
                foreach (var missing in texts.Count == languages.Count ? Enumerable.Empty<Language>() : languages.Where(l => !localized.Has(l)))
                {
                    diagnostics.Warning("missing-translation", map.Location, $"{what} has no {LanguageName(missing)} ({missing.Code}) text; the {LanguageName(languages.First(localized.Has))} text is shown instead",
                        expected: $"{missing.Code}: ...", hint: $"add '{missing.Code}: ...' to the map");
                }

                return localized;
            default:
                WrongType(node, what, "a text, or a map { zh: ..., en: ... }");
                return null;
        }
    }

    public void WrongType(YamlNode node, string what, string expected)
    {
        string? hint = null;
        if (node is YamlMapping && expected.StartsWith("a text", StringComparison.Ordinal))
        {
            hint = "if the value contains ': ' (colon and space), put it in double quotes";
        }
        else if (node is YamlScalar && expected.StartsWith("a map", StringComparison.Ordinal))
        {
            hint = "indent the keys under this one, or write { key: value, ... }";
        }
        else if (node is YamlScalar && expected.StartsWith("a list", StringComparison.Ordinal))
        {
            hint = "start each item on its own line with '- '";
        }

        diagnostics.Error("wrong-type", node.Location, $"{what} must be {expected}", found: node.Describe(), expected: expected, hint: hint);
    }

    public static string LanguageName(Language language) => language.Code switch
    {
        "zh" => "Chinese",
        "en" => "English",
        _ => language.Code,
    };

    private Language? LanguageOf(string code)
    {
        for (var i = 0; i < languages.Count; i++)
        {
            if (languages[i].Code == code)
            {
                return languages[i];
            }
        }

        return null;
    }

    private static string? NumberHint(string text)
    {
        if (text.Contains(','))
        {
            return "write numbers without thousands separators: 1731, not 1,731";
        }

        if (text.Contains('%'))
        {
            return "write the number only (20, not 20%): the unit comes from indicators.yml";
        }

        if (text.Any(c => c is >= '０' and <= '９' or '．'))
        {
            return "use half-width digits (0-9) and a half-width point";
        }

        if (text.Any(c => c >= '\u4E00' && c <= '\u9FFF'))
        {
            return "write the number only (396, not 396亿元): the unit comes from indicators.yml; 以上/约/逾 go in 'qualifier'";
        }

        return null;
    }
}
