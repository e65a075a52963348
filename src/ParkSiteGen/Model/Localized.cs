namespace ParkSiteGen.Model;

/// <summary>A text given per language (or once for all). Reading a language that is missing falls back to the
/// default language's text; the loader has already warned about the gap where it was written.</summary>
public sealed class Localized
{
    /// <summary>The texts by language code, in the order written: a site has two or three languages, so a search
    /// through a small array, not a dictionary (a large site keeps tens of thousands of these).</summary>
    private readonly (string Code, string Text)[] _texts;
    private readonly string? _shared;

    private Localized(string? shared, (string Code, string Text)[] texts)
    {
        _shared = shared;
        _texts = texts;
    }

    public static Localized Same(string text) => new(text, []);

    /// <summary>The one text for every language, if it is one (what <see cref="Same"/> made).</summary>
    public string? Shared => _shared;

    /// <summary>The text of each language, in the order given (what <see cref="PerLanguage"/> made).</summary>
    public IReadOnlyList<(string Code, string Text)> Texts => _texts;

    /// <param name="texts">Each language at most once.</param>
    public static Localized PerLanguage(IEnumerable<(string Code, string Text)> texts) => new(null, [.. texts]);

    public bool Has(Language language) => _shared is not null || Find(language.Code) is not null;

    /// <summary>The text in <paramref name="language"/>, else the first of <paramref name="fallbacks"/> that exists.</summary>
    public string Get(Language language, IReadOnlyList<Language> fallbacks)
    {
        if (_shared is not null)
        {
            return _shared;
        }

        if (Find(language.Code) is { } text)
        {
            return text;
        }

        foreach (var fallback in fallbacks)
        {
            if (Find(fallback.Code) is { } other)
            {
                return other;
            }
        }

        return _texts.Length > 0 ? _texts[0].Text : "";
    }

    private string? Find(string code)
    {
        foreach (var (c, text) in _texts)
        {
            if (c == code)
            {
                return text;
            }
        }

        return null;
    }

    public override string ToString() => _shared ?? string.Join(" / ", _texts.Select(t => $"{t.Code}: {t.Text}"));
}
