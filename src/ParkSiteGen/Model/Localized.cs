namespace ParkSiteGen.Model;

/// <summary>A text given per language (or once for all). Reading a language that is missing falls back to the
/// default language's text; the loader has already warned about the gap where it was written.</summary>
public sealed class Localized
{
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly string? _shared;

    private Localized(string? shared, IReadOnlyDictionary<string, string> texts)
    {
        _shared = shared;
        _texts = texts;
    }

    public static Localized Same(string text) => new(text, new Dictionary<string, string>());

    public static Localized PerLanguage(IReadOnlyDictionary<string, string> texts) => new(null, texts);

    public bool Has(Language language) => _shared is not null || _texts.ContainsKey(language.Code);

    /// <summary>The text in <paramref name="language"/>, else the first of <paramref name="fallbacks"/> that exists.</summary>
    public string Get(Language language, IReadOnlyList<Language> fallbacks)
    {
        if (_shared is not null)
        {
            return _shared;
        }

        if (_texts.TryGetValue(language.Code, out var text))
        {
            return text;
        }

        foreach (var fallback in fallbacks)
        {
            if (_texts.TryGetValue(fallback.Code, out var other))
            {
                return other;
            }
        }

        return _texts.Values.FirstOrDefault() ?? "";
    }

    public override string ToString() => _shared ?? string.Join(" / ", _texts.Select(kv => $"{kv.Key}: {kv.Value}"));
}
