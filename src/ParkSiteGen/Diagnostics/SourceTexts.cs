using System.Collections.Concurrent;

namespace ParkSiteGen.Diagnostics;

/// <summary>The decoded text of every file the build read, by site-relative path, so a diagnostic can quote
/// the offending line (and the preview overlay can show the lines around it) without reading the disk again.
/// A narrative's body is shared with its document, not copied: a large site's narratives are most of its text.</summary>
public sealed class SourceTexts
{
    // By folder three levels down (a park's folder, "content/parks/<slug>/"; the site's own files, "content/"), so the
    // preview finds and forgets one park's texts without looking through a large site's tens of thousands: a scan of
    // them all took 20 ms of the 50 ms an edit may take to reload (1000 x 10, release binary).
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Text>> _folders = new(StringComparer.Ordinal);

    /// <summary>A file's text: <paramref name="Head"/> alone, or the head (ending with a line break) and the body after it.</summary>
    private sealed record Text(string Head, string? Body)
    {
        public string Whole => Body is null ? Head : Head + Body;
    }

    public void Remember(string file, string text) => Set(file, new(text, null));

    /// <summary>A file whose text is <paramref name="head"/> then <paramref name="body"/> (the body is kept by its document).</summary>
    public void Remember(string file, string head, string body) =>
        Set(file, body.Length == 0 ? new(head, null) : head.EndsWith('\n') ? new(head, body) : new(head + body, null));

    private void Set(string file, Text text) =>
        _folders.GetOrAdd(FolderOf(file), static _ => new ConcurrentDictionary<string, Text>(StringComparer.Ordinal))[file] = text;

    /// <summary>The folder a file is indexed under: its path up to the third '/', or its own folder when less deep.</summary>
    private static string FolderOf(string file)
    {
        var end = -1;
        for (var depth = 0; depth < 3; depth++)
        {
            var next = file.IndexOf('/', end + 1);
            if (next < 0)
            {
                break;
            }

            end = next;
        }

        return file[..(end + 1)];
    }

    private bool TryGet(string file, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Text? text)
    {
        text = null;
        return _folders.TryGetValue(FolderOf(file), out var folder) && folder.TryGetValue(file, out text);
    }

    /// <summary>Forgets every file (the preview reads the whole site again).</summary>
    public void Clear() => _folders.Clear();

    /// <summary>Forgets every file under <paramref name="folder"/> ("content/parks/x/"): the preview reads a changed
    /// park again, and a file deleted from it must not stay among the texts its fingerprint is made from.</summary>
    public void ForgetUnder(string folder)
    {
        if (!_folders.TryRemove(folder, out _))
        {
            foreach (var key in _folders.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal)))
            {
                _folders.TryRemove(key, out _);
            }

            foreach (var texts in _folders.Values)
            {
                foreach (var file in texts.Keys.Where(f => f.StartsWith(folder, StringComparison.Ordinal)))
                {
                    texts.TryRemove(file, out _);
                }
            }
        }
    }

    /// <summary>Every file read, by site-relative path, in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string>> All =>
        Entries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Whole));

    /// <summary>The folders files are indexed under: "content/", each park's "content/parks/x/"...</summary>
    public IEnumerable<string> Folders => _folders.Keys;

    /// <summary>The files under one indexed folder ("content/parks/x/"), each as its head (a narrative's front matter,
    /// or the whole of any other file) and its body (a narrative's text; null for other files), in no particular order:
    /// what the build's fingerprints hash.</summary>
    public IEnumerable<(string File, string Head, string? Body)> PartsUnder(string folder) =>
        _folders.TryGetValue(folder, out var texts) ? texts.Select(kv => (kv.Key, kv.Value.Head, kv.Value.Body)) : [];

    private IEnumerable<KeyValuePair<string, Text>> Entries => _folders.Values.SelectMany(texts => texts);

    public string? Line(string file, int line)
    {
        if (line < 1 || !TryGet(file, out var text))
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
