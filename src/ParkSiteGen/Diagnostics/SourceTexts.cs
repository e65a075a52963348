using System.Collections.Concurrent;

namespace ParkSiteGen.Diagnostics;

/// <summary>The decoded text of every file the build read, by site-relative path, so a diagnostic can quote
/// the offending line (and the preview overlay can show the lines around it) without reading the disk again.</summary>
public sealed class SourceTexts
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public void Remember(string file, string text) => _texts[file] = text;

    /// <summary>Every file read, by site-relative path, in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string>> All => _texts.OrderBy(kv => kv.Key, StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (line < 1 || !_texts.TryGetValue(file, out var text))
        {
            return null;
        }

        var start = 0;
        for (var i = 1; i < line; i++)
        {
            start = text.IndexOf('\n', start);
            if (start < 0)
            {
                return null;
            }

            start++;
        }

        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }
}
