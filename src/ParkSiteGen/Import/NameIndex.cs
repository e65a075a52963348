using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

/// <summary>Finds an indicator or a park by any of its names (key or slug, Chinese, English, short names), compared
/// as <see cref="SheetText.Normalize"/> writes them; suggests the nearest name for a near miss.</summary>
public sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, List<T>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _display = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<T> items, Func<T, IEnumerable<string?>> names)
    {
        foreach (var item in items)
        {
            foreach (var name in names(item).OfType<string>().Where(n => n.Length > 0).Distinct())
            {
                var key = SheetText.Normalize(name);
                if (!_byName.TryGetValue(key, out var list))
                {
                    _byName[key] = list = [];
                    _display[key] = name;
                }

                if (!list.Contains(item))
                {
                    list.Add(item);
                }
            }
        }
    }

    /// <summary>The one item of that name; null when none has it, or when two do (<paramref name="ambiguous"/>).</summary>
    public T? Find(string name, out IReadOnlyList<T> ambiguous)
    {
        ambiguous = [];
        if (!_byName.TryGetValue(SheetText.Normalize(name), out var items))
        {
            return null;
        }

        if (items.Count > 1)
        {
            ambiguous = items;
            return null;
        }

        return items[0];
    }

    /// <summary>The one item whose name (four characters or more) a text holds, as a title holds a park's name
    /// ("阿尔法经开区2023年主要经济指标"); null when none does, or several do.</summary>
    public T? In(string text)
    {
        var normalized = SheetText.Normalize(text);
        T? found = null;
        foreach (var (name, items) in _byName)
        {
            if (name.Length >= 4 && normalized.Contains(name, StringComparison.Ordinal))
            {
                if (items.Count > 1 || (found is not null && found != items[0]))
                {
                    return null;
                }

                found = items[0];
            }
        }

        return found;
    }

    /// <summary>"did you mean '税收'?" for a near miss, else null.</summary>
    public string? DidYouMean(string name) =>
        Suggestions.Closest(SheetText.Normalize(name), _display.Keys) is { } match ? $"did you mean '{_display[match]}'?" : null;
}

/// <summary>The indexes an import looks names up in.</summary>
public static class NameIndexes
{
    public static NameIndex<Indicator> Indicators(IEnumerable<Indicator> indicators) =>
        new(indicators, i => [i.Key, .. Texts(i.Name)]);

    public static NameIndex<Park> Parks(IEnumerable<Park> parks) =>
        new(parks, p => [p.Slug, .. Texts(p.Name), .. Texts(p.ShortName)]);

    private static IEnumerable<string> Texts(Localized text) => text.Shared is { } s ? [s] : text.Texts.Select(t => t.Text);
}
