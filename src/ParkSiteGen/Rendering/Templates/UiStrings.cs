using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>A theme's interface words in one language (i18n/&lt;lang&gt;.yml: key: text). Templates print them
/// as {{ page.t.key }}; the view builders fill the {placeholders} of the few that take values.</summary>
public sealed class UiStrings : IScriptObject
{
    /// <summary>Keys the generator itself fills in (templates use others of their own, checked across languages),
    /// including a description of every open-data column.</summary>
    public static IEnumerable<string> RequiredKeys => GeneratorKeys.Concat(OpenData.FigureRecords.Columns.Select(c => "field_" + c));

    private static readonly string[] GeneratorKeys =
    [
        "language_name", "lang_zh", "lang_en", "nav_home", "nav_parks",
        "translation_missing", "translation_notice", "translation_source", "only_in",
        "headline_year", "all_parks", "directory_title", "directory_caption",
        "col_park", "col_level", "col_city", "col_industries", "col_latest", "level_national", "level_provincial",
        "fact_full_name", "fact_level", "fact_location", "fact_area", "fact_established", "fact_website", "fact_industries",
        "honor_awarded_by", "honor_period",
        "indicators_caption", "col_indicator", "col_value", "col_change", "col_basis", "notes", "note_label", "back_to_note",
        "targets_caption", "targets_longer_caption", "col_target", "col_target_year",
        "comparison_caption", "col_actual", "col_result", "no_result",
        "published", "prev_year", "next_year", "bulletin_title_fallback",
        "footer_organization", "footer_site_code", "footer_generator",
        "nav_indicators", "nav_data", "feed_title", "trends", "chart_title", "chart_point", "chart_target", "chart_actual", "chart_target_label",
        "chart_unit", "list_separator", "col_year", "indicators_title", "indicators_list_caption", "col_unit", "col_category", "col_direction",
        "col_definition", "direction_higher", "direction_lower", "direction_neutral", "comparison_table_caption", "rank_note", "rank_note_neutral",
        "search_title", "not_found_title", "data_title", "data_all_parks", "data_downloads_caption", "data_dictionary_caption", "col_field", "col_meaning",
    ];

    private readonly IReadOnlyDictionary<string, string> _texts;

    private UiStrings(IReadOnlyDictionary<string, string> texts) => _texts = texts;

    /// <summary>No texts (a view model before the layout builder gives it its language's).</summary>
    public static readonly UiStrings None = new(new Dictionary<string, string>());

    public string this[string key] => _texts[key];

    /// <summary>An optional text (a category's name), or null when the theme does not name it.</summary>
    public string? TryGet(string key) => _texts.GetValueOrDefault(key);

    /// <summary>The text of <paramref name="key"/> with {name} placeholders filled, in one pass (a value is data:
    /// braces in it stay as they are). Pages call this thousands of times, so it builds into a reused builder.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = _texts[key];
        var open = text.IndexOf('{');
        if (open < 0)
        {
            return text;
        }

        var sb = t_builder ??= new System.Text.StringBuilder(256);
        sb.Clear();
        var rest = text.AsSpan();
        while (open >= 0)
        {
            sb.Append(rest[..open]);
            rest = rest[open..];
            var close = rest.IndexOf('}');
            if (close > 0 && Find(values, rest[1..close]) is { } value)
            {
                sb.Append(value);
                rest = rest[(close + 1)..];
            }
            else
            {
                sb.Append('{');
                rest = rest[1..];
            }

            open = rest.IndexOf('{');
        }

        sb.Append(rest);
        return sb.ToString();
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_builder;

    private static string? Find(ReadOnlySpan<(string Name, string Value)> values, ReadOnlySpan<char> name)
    {
        foreach (var (n, v) in values)
        {
            if (name.SequenceEqual(n))
            {
                return v;
            }
        }

        return null;
    }

    public IEnumerable<string> Keys => _texts.Keys;

    public SourceLocation Location { get; private init; } = SourceLocation.WholeFile("");

    /// <summary>The texts of one language, merged key by key from the theme's files, most specific first: a site's
    /// own i18n/en.yml may hold only the texts it changes.</summary>
    internal static UiStrings? Load(IEnumerable<ThemeFiles.File> files, string relative, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var layers = files.ToList();
        if (layers.Count == 0)
        {
            diagnostics.Error("missing-file", SourceLocation.WholeFile(relative), "the theme has no interface texts for this language",
                expected: relative, hint: "copy i18n/en.yml of the default theme and translate it");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        SourceLocation? location = null;
        foreach (var file in layers)
        {
            if (ReadTexts(file, diagnostics, sources) is not var (map, layer))
            {
                return null;
            }

            location ??= map.Location;
            foreach (var (key, text) in layer)
            {
                texts.TryAdd(key, text);
            }
        }

        foreach (var missing in RequiredKeys.Where(k => !texts.ContainsKey(k)))
        {
            diagnostics.Error("missing-key", location ?? SourceLocation.WholeFile(relative), $"the interface text '{missing}' is missing", expected: $"{missing}: ...",
                hint: "every key of the default theme's i18n files is needed");
        }

        return new UiStrings(texts) { Location = location ?? SourceLocation.WholeFile(relative) };
    }

    private static (YamlMapping Map, Dictionary<string, string> Texts)? ReadTexts(ThemeFiles.File file, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var text = Content.TextFileReader.Read(file.Path, file.Display, diagnostics, sources);
        var root = text is null ? null : YamlDocumentParser.Parse(text, file.Display, diagnostics);
        if (root is not YamlMapping map)
        {
            if (text is not null && root is not null)
            {
                diagnostics.Error("wrong-type", root.Location, "interface texts must be a map of key: text", found: root.Describe(), expected: "key: text");
            }

            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var wellFormed = true;
        foreach (var (key, value) in map.Entries)
        {
            if (value is YamlScalar scalar)
            {
                texts[key.Value] = scalar.IsNull ? "" : scalar.Value;
            }
            else
            {
                diagnostics.Error("wrong-type", value.Location, $"the interface text '{key.Value}' must be a text", found: value.Describe(), expected: "a text");
                wellFormed = false;
            }
        }

        return wellFormed ? (map, texts) : null;
    }

    // Templates read the texts as page.t.key: a key the theme lacks stops the page (a typo must not print nothing).
    int IScriptObject.Count => _texts.Count;

    IEnumerable<string> IScriptObject.GetMembers() => _texts.Keys;

    bool IScriptObject.Contains(string member) => _texts.ContainsKey(member);

    bool IScriptObject.IsReadOnly { get => true; set { } }

    bool IScriptObject.TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = _texts.GetValueOrDefault(member);
        return value is not null;
    }

    bool IScriptObject.CanWrite(string member) => false;

    bool IScriptObject.TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    bool IScriptObject.Remove(string member) => false;

    void IScriptObject.SetReadOnly(string member, bool readOnly)
    {
    }

    IScriptObject IScriptObject.Clone(bool deep) => this;
}
