using System.Collections.Concurrent;

namespace ParkSiteGen.Diagnostics;

/// <summary>The decoded text of every file the build read, by site-relative path, so a diagnostic can quote
/// the offending line (and the preview overlay can show the lines around it) without reading the disk again.
/// A narrative's body is shared with its document, not copied: a large site's narratives are most of its text.</summary>
public sealed class SourceTexts
{
    private readonly ConcurrentDictionary<string, Text> _texts = new(StringComparer.Ordinal);

    /// <summary>A file's text: <paramref name="Head"/> alone, or the head (ending with a line break) and the body after it.</summary>
    private sealed record Text(string Head, string? Body)
    {
        public string Whole => Body is null ? Head : Head + Body;
    }

    public void Remember(string file, string text) => _texts[file] = new(text, null);

    /// <summary>A file whose text is <paramref name="head"/> then <paramref name="body"/> (the body is kept by its document).</summary>
    public void Remember(string file, string head, string body) =>
        _texts[file] = body.Length == 0 ? new(head, null) : head.EndsWith('\n') ? new(head, body) : new(head + body, null);

    /// <summary>Every file read, by site-relative path, in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string>> All =>
        _texts.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Whole));

    /// <summary>Every file read, as its head (a narrative's front matter, or the whole of any other file) and its
    /// body (a narrative's text; null for other files), in no particular order: what the build's fingerprints hash.</summary>
    public IEnumerable<(string File, string Head, string? Body)> Parts => _texts.Select(kv => (kv.Key, kv.Value.Head, kv.Value.Body));

    public string? Line(string file, int line)
    {
        if (line < 1 || !_texts.TryGetValue(file, out var text))
        {
            return null;
        }

        if (text.Body is { } body)
        {
            var headLines = text.Head.AsSpan().Count('\n');
            return line <= headLines ? LineOf(text.Head, line) : LineOf(body, line - headLines);
        }

        return LineOf(text.Head, line);
    }

    private static string? LineOf(string text, int line)
    {
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
