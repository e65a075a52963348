using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads a year's data.yml: results, targets, highlights and sources. Every figure is checked
/// against its indicator: known key, whole numbers for counts, 'of' only for ranks, targets in the future.</summary>
public static class YearDataReader
{
    internal static readonly string[] Keys = ["indicators", "targets", "highlights", "sources"];
    internal static readonly string[] ResultKeys = ["value", "qualifier", "yoy", "of", "period", "status", "note"];
    internal static readonly string[] TargetKeys = ["value", "qualifier", "of", "period", "year", "note"];

    internal static readonly Dictionary<string, Qualifier> Qualifiers = new(StringComparer.Ordinal)
    {
        ["at_least"] = Qualifier.AtLeast,
        ["more_than"] = Qualifier.MoreThan,
        ["over"] = Qualifier.Over,
        ["about"] = Qualifier.About,
        ["nearly"] = Qualifier.Nearly,
    };

    internal static readonly Dictionary<string, FigureStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["actual"] = FigureStatus.Actual,
        ["expected"] = FigureStatus.Expected,
        ["cumulative"] = FigureStatus.Cumulative,
        ["as_of"] = FigureStatus.AsOf,
    };

    public sealed record Data(IReadOnlyList<Figure> Indicators, IReadOnlyList<Figure> Targets, IReadOnlyList<Localized> Highlights, IReadOnlyList<Localized> Sources);

    public static Data Read(YamlNode? root, int year, IReadOnlyDictionary<string, Indicator> catalogue, YamlValues values)
    {
        var empty = new Data([], [], [], []);
        if (root is null)
        {
            return empty;
        }

        if (values.Fields(root, "data.yml", Keys, KeyHint) is not { } fields)
        {
            return empty;
        }

        var indicators = fields.Optional("indicators") is { } i ? ReadFigures(i, year, isTarget: false, catalogue, values) : [];
        var targets = fields.Optional("targets") is { } t ? ReadFigures(t, year, isTarget: true, catalogue, values) : [];
        var highlights = fields.Optional("highlights") is { } h
            ? values.List(h, "highlights").Select(x => values.Localized(x, "a highlight")).OfType<Localized>().ToList()
            : [];
        var sources = fields.Optional("sources") is { } s
            ? values.List(s, "sources").Select(x => values.Localized(x, "a source")).OfType<Localized>().ToList()
            : [];
        return new Data(indicators, targets, highlights, sources);
    }

    private static string? KeyHint(string key) => key switch
    {
        "actuals" or "results" or "indicator" or "data" => "results go under 'indicators:'",
        "target" or "goals" or "plan" => "goals go under 'targets:'",
        "source" => "write 'sources:' with a list",
        _ => null,
    };

    private static List<Figure> ReadFigures(YamlNode node, int year, bool isTarget, IReadOnlyDictionary<string, Indicator> catalogue, YamlValues values)
    {
        var section = isTarget ? "targets" : "indicators";
        var figures = new List<Figure>();
        if (node is not YamlMapping map)
        {
            values.WrongType(node, $"'{section}'", "a map of indicator keys (tax_revenue: 8.7)");
            return figures;
        }

        var entries = map.Entries;
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, valueNode) = entries[i];
            if (!catalogue.TryGetValue(key.Value, out var indicator))
            {
                values.Diagnostics.Error("unknown-indicator", key.Location, $"'{key.Value}' is not an indicator of content/indicators.yml",
                    found: key.Value, expected: "a key defined in content/indicators.yml",
                    hint: Suggestions.DidYouMean(key.Value, catalogue.Keys) ?? "fix the spelling, or add the indicator to content/indicators.yml");
                continue;
            }

            if (ReadFigure(valueNode, indicator, year, isTarget, values) is { } figure)
            {
                figures.Add(figure);
            }
        }

        // Tables follow the catalogue's order, whatever order the editor wrote.
        return figures.OrderBy(f => f.Indicator.Order).ThenBy(f => f.TargetYear).ToList();
    }

    private static Figure? ReadFigure(YamlNode node, Indicator indicator, int year, bool isTarget, YamlValues values)
    {
        var names = FigureNames.Of(indicator);
        var what = names.Quoted;
        decimal? value;
        Qualifier qualifier = Qualifier.None;
        FigureStatus status = isTarget ? FigureStatus.Target : FigureStatus.Actual;
        decimal? yoy = null;
        int? of = null;
        int? targetYear = isTarget ? year + 1 : null;
        Localized? period = null, note = null;

        if (node is YamlMapping)
        {
            if (values.Fields(node, names.Figure, isTarget ? TargetKeys : ResultKeys, isTarget ? TargetKeyHint : ResultKeyHint) is not { } fields)
            {
                return null;
            }

            value = fields.Required("value", "a number") is { } v ? values.Number(v, names.Value) : null;
            if (fields.Optional("qualifier") is { } q && values.Choice(q, "qualifier", Qualifiers) is { } qq)
            {
                qualifier = qq;
            }

            if (fields.Optional("status") is { } s && values.Choice(s, "status", Statuses) is { } ss)
            {
                status = ss;
            }

            yoy = fields.Optional("yoy") is { } y ? values.Number(y, names.Yoy) : null;
            if (fields.Optional("of") is { } o)
            {
                of = values.Integer(o, "of", 1);
                if (indicator.Unit != Unit.Rank)
                {
                    values.Diagnostics.Error("wrong-value", o.Location, $"'of' (out of how many) only applies to ranks; {what} is in {Units.NameOf(indicator.Unit)}",
                        found: "of", expected: "no 'of' for this indicator", hint: "remove 'of', or give the indicator the unit rank");
                    of = null;
                }
            }

            period = fields.Optional("period") is { } p ? values.Localized(p, "period") : null;
            note = fields.Optional("note") is { } n ? values.Localized(n, "the note") : null;
            if (fields.Optional("year") is { } ty && values.Integer(ty, "the target year", 1949, 2100) is { } t)
            {
                if (t <= year)
                {
                    values.Diagnostics.Error("wrong-value", ty.Location, $"a target set in the {year} review must be for a later year",
                        found: t.ToString(System.Globalization.CultureInfo.InvariantCulture), expected: $"a year after {year}",
                        hint: "results of this year go under 'indicators:'");
                }
                else
                {
                    targetYear = t;
                }
            }
        }
        else if (node is YamlScalar)
        {
            value = values.Number(node, names.Value);
        }
        else
        {
            values.WrongType(node, names.Figure, "a number, or a map such as { value: 396, yoy: 20 }");
            return null;
        }

        if (status == FigureStatus.AsOf && period is null)
        {
            values.Diagnostics.Error("missing-key", node.Location, $"{what} is a figure 'as of' a date, so it needs 'period' to say which",
                found: "status: as_of without period", expected: "period: { zh: 2023年底, en: end of 2023 }",
                hint: "add period with the date the figure stands at");
            return null;
        }

        if (value is null || !FitsUnit(value.Value, of, indicator, node, values))
        {
            return null;
        }

        return new Figure(indicator, value.Value, qualifier, status, yoy, of, period, targetYear, note, node.Location);
    }

    /// <summary>How messages name a figure of an indicator, spelled once per indicator rather than for each of the
    /// site's figures (a site of a thousand parks has a hundred thousand), though only a mistake prints them.</summary>
    private sealed record FigureNames(string Quoted, string Figure, string Value, string Yoy)
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Indicator, FigureNames> Known = [];

        public static FigureNames Of(Indicator indicator) => Known.GetValue(indicator, static i =>
        {
            var quoted = $"'{i.Key}'";
            return new FigureNames(quoted, $"the figure {quoted}", $"the value of {quoted}", $"the yoy of {quoted}");
        });
    }

    private static readonly Func<string, string?> TargetKeyHint = key => FigureKeyHint(key, isTarget: true);
    private static readonly Func<string, string?> ResultKeyHint = key => FigureKeyHint(key, isTarget: false);

    private static string? FigureKeyHint(string key, bool isTarget) => key switch
    {
        "yoy" when isTarget => "a target has no year-on-year growth; put growth goals in a note",
        "status" when isTarget => "every figure under 'targets:' is a target",
        "year" when !isTarget => "results are for the year of the folder; targets go under 'targets:'",
        "unit" => "the unit is set once per indicator in content/indicators.yml",
        "qualifer" or "qualifiers" => "did you mean 'qualifier'?",
        _ => null,
    };

    private static bool FitsUnit(decimal value, int? of, Indicator indicator, YamlNode node, YamlValues values)
    {
        var isWhole = value == decimal.Truncate(value);
        switch (indicator.Unit)
        {
            case Unit.Count or Unit.Enterprises when !isWhole || value < 0:
                values.Diagnostics.Error("wrong-value", node.Location, $"'{indicator.Key}' counts things, so its value must be a whole number",
                    found: value.ToString(System.Globalization.CultureInfo.InvariantCulture), expected: "a whole number such as 22");
                return false;
            case Unit.Rank when !isWhole || value < 1:
                values.Diagnostics.Error("wrong-value", node.Location, $"'{indicator.Key}' is a rank, so its value must be a whole number from 1",
                    found: value.ToString(System.Globalization.CultureInfo.InvariantCulture), expected: "a rank such as 14");
                return false;
            case Unit.Rank when of is { } total && total < value:
                values.Diagnostics.Error("wrong-value", node.Location, $"the rank {value} is lower than the number ranked ({total})",
                    found: $"value {value}, of {total}", expected: "a rank no greater than 'of'");
                return false;
            default:
                return true;
        }
    }
}
