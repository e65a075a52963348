using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

/// <summary>What to write for one figure under <c>indicators:</c>: its value and qualifier, and its growth when the
/// sheet gave one (null leaves any growth already written as it is).</summary>
public sealed record FigureEdit(string Key, decimal Value, Qualifier Qualifier, decimal? Yoy);

/// <summary>Changes figures in the text of a data.yml, touching nothing else: its comments, its key order, its other
/// values and fields (period, note, status), its line ends and quoting stay as the editor wrote them. Each change
/// replaces the text of one value, or adds or removes one entry, at the positions the YAML reader reports. A figure
/// written as a bare number that gains a qualifier or a growth becomes a map on the same line (<c>{ value: 8.7,
/// yoy: 16 }</c>); a new figure is a line at the end of <c>indicators:</c>.</summary>
public static class DataYamlEditor
{
    /// <summary>The edited text; null (with <paramref name="problem"/>) when the file's layout is one it does not edit.</summary>
    public static string? Apply(string text, string file, IReadOnlyList<FigureEdit> edits, out string? problem)
    {
        problem = null;
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var body = text[bom.Length..];
        var doc = new Document(body);
        var root = YamlDocumentParser.Parse(body, file, new DiagnosticBag());
        if (root is not (YamlMapping or null))
        {
            problem = "the file is not a map of keys (indicators:, sources:...)";
            return null;
        }

        var rootMap = root as YamlMapping;
        var indicators = rootMap?.Entries.Where(e => e.Key.Value == "indicators").Select(e => (KeyValuePair<YamlScalar, YamlNode>?)e).FirstOrDefault();
        var section = indicators?.Value;
        if (section is YamlMapping flowSection && doc.IsFlow(flowSection))
        {
            problem = "its 'indicators:' is written on one line in braces; write one figure per line to import into it";
            return null;
        }

        var changes = new List<(int At, int Remove, string Insert)>();
        var entries = section is YamlMapping block ? block.Entries : [];
        var added = new StringBuilder();
        var indent = entries.Count > 0 ? new string(' ', entries[0].Key.Location.Column - 1) : "  ";
        foreach (var edit in edits)
        {
            var existing = entries.FirstOrDefault(e => e.Key.Value == edit.Key).Value;
            if (existing is null)
            {
                added.Append(indent).Append(edit.Key).Append(": ").Append(NewValue(edit)).Append(doc.Newline);
            }
            else if (!Edit(doc, existing, edit, changes, out problem))
            {
                return null;
            }
        }

        if (added.Length > 0)
        {
            if (section is YamlMapping { Entries.Count: > 0 } filled)
            {
                changes.Add((doc.LineEnd(doc.End(filled)), 0, added.ToString()));
            }
            else if (indicators is { } empty)
            {
                changes.Add((doc.LineEnd(doc.Offset(empty.Key.Location)), 0, added.ToString()));
            }
            else
            {
                // No 'indicators:' yet: it goes first, before the first key (comments above it stay at the top).
                var at = rootMap is { Entries.Count: > 0 } ? doc.LineStart(doc.Offset(rootMap.Entries[0].Key.Location)) : body.Length;
                changes.Add((at, 0, "indicators:" + doc.Newline + added));
            }
        }

        var result = new StringBuilder(body);
        foreach (var (at, remove, insert) in changes.OrderByDescending(c => c.At))
        {
            // A line added after the last one of a file that does not end its last line.
            var newline = at == body.Length && body.Length > 0 && !body.EndsWith('\n') && insert.EndsWith(doc.Newline, StringComparison.Ordinal) ? doc.Newline : "";
            result.Remove(at, remove).Insert(at, newline + insert);
        }

        return bom + result;
    }

    private static string NewValue(FigureEdit edit) =>
        edit.Qualifier == Qualifier.None && edit.Yoy is null ? Number(edit.Value) : Flow(edit.Value, edit.Qualifier, edit.Yoy);

    private static string Flow(decimal value, Qualifier qualifier, decimal? yoy)
    {
        var sb = new StringBuilder("{ value: ").Append(Number(value));
        if (qualifier != Qualifier.None)
        {
            sb.Append(", qualifier: ").Append(QualifierWord(qualifier));
        }

        if (yoy is { } y)
        {
            sb.Append(", yoy: ").Append(Number(y));
        }

        return sb.Append(" }").ToString();
    }

    private static bool Edit(Document doc, YamlNode existing, FigureEdit edit, List<(int, int, string)> changes, out string? problem)
    {
        problem = null;
        if (existing is YamlScalar scalar)
        {
            // A bare number: replaced by the new one, or by a map when there is more to say.
            var yoy = edit.Yoy;
            changes.Add((doc.Offset(scalar.Location), scalar.Location.Length, edit.Qualifier == Qualifier.None && yoy is null ? Number(edit.Value) : Flow(edit.Value, edit.Qualifier, yoy)));
            return true;
        }

        if (existing is not YamlMapping map)
        {
            problem = $"'{edit.Key}' is neither a number nor a map (value: ...)";
            return false;
        }

        YamlNode? Field(string name) => map.Entries.FirstOrDefault(e => e.Key.Value == name).Value;
        var flow = doc.IsFlow(map);
        if (Field("value") is not YamlScalar value)
        {
            problem = $"'{edit.Key}' has no 'value:' to change";
            return false;
        }

        changes.Add((doc.Offset(value.Location), value.Location.Length, Number(edit.Value)));
        var after = value;
        var qualifier = Field("qualifier") as YamlScalar;
        if (edit.Qualifier == Qualifier.None && qualifier is not null)
        {
            changes.Add(doc.RemoveEntry(map, "qualifier", flow));
        }
        else if (edit.Qualifier != Qualifier.None)
        {
            if (qualifier is not null)
            {
                changes.Add((doc.Offset(qualifier.Location), qualifier.Location.Length, QualifierWord(edit.Qualifier)));
                after = qualifier;
            }
            else
            {
                changes.Add(doc.InsertAfter(value, map, "qualifier", QualifierWord(edit.Qualifier), flow));
            }
        }

        if (edit.Yoy is { } growth)
        {
            if (Field("yoy") is YamlScalar yoy)
            {
                changes.Add((doc.Offset(yoy.Location), yoy.Location.Length, Number(growth)));
            }
            else
            {
                changes.Add(doc.InsertAfter(after, map, "yoy", Number(growth), flow));
            }
        }

        return true;
    }

    private static string Number(decimal value) => Numbers.Source(Numbers.Normalize(value));

    /// <summary>The qualifier's word in data.yml, as the reader of data.yml knows it.</summary>
    private static string QualifierWord(Qualifier qualifier) => YearDataReader.Qualifiers.First(q => q.Value == qualifier).Key;

    /// <summary>The text with its lines' offsets: the reader's (line, column) positions become offsets.</summary>
    private sealed class Document
    {
        private readonly string _text;
        private readonly List<int> _lineStarts = [0];

        public Document(string text)
        {
            _text = text;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _lineStarts.Add(i + 1);
                }
            }

            Newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        }

        /// <summary>The file's own line end: a file saved on Windows keeps its CRLF.</summary>
        public string Newline { get; }

        public int Offset(Diagnostics.SourceLocation at) => _lineStarts[at.Line - 1] + at.Column - 1;

        public bool IsFlow(YamlMapping map) => _text[Offset(map.Location)] == '{';

        public int LineStart(int offset) => _text.LastIndexOf('\n', Math.Max(0, offset - 1)) is var i and >= 0 && offset > 0 ? i + 1 : 0;

        /// <summary>Just after the line end of the line holding <paramref name="offset"/>.</summary>
        public int LineEnd(int offset)
        {
            var newline = _text.IndexOf('\n', offset);
            return newline < 0 ? _text.Length : newline + 1;
        }

        /// <summary>Where a node's text ends: a scalar's last character, a flow collection's closing bracket, a block
        /// collection's last entry.</summary>
        public int End(YamlNode node) => node switch
        {
            YamlScalar s => Offset(s.Location) + s.Location.Length,
            YamlMapping m when IsFlow(m) => Closing(Offset(m.Location)),
            YamlSequence q when _text[Offset(q.Location)] == '[' => Closing(Offset(q.Location)),
            YamlMapping m => m.Entries.Count > 0 ? End(m.Entries[^1].Value) : Offset(m.Location),
            YamlSequence q => q.Items.Count > 0 ? End(q.Items[^1]) : Offset(q.Location),
            _ => Offset(node.Location),
        };

        /// <summary>Just after the bracket that closes the one at <paramref name="open"/>, quotes respected.</summary>
        private int Closing(int open)
        {
            var depth = 0;
            char? quote = null;
            for (var i = open; i < _text.Length; i++)
            {
                var c = _text[i];
                if (quote is { } q)
                {
                    quote = c == q ? null : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c is '{' or '[')
                {
                    depth++;
                }
                else if (c is '}' or ']' && --depth == 0)
                {
                    return i + 1;
                }
            }

            return _text.Length;
        }

        public (int, int, string) InsertAfter(YamlScalar after, YamlMapping map, string key, string value, bool flow)
        {
            var end = Offset(after.Location) + after.Location.Length;
            if (flow)
            {
                return (end, 0, $", {key}: {value}");
            }

            var keyColumn = map.Entries.First().Key.Location.Column;
            return (LineEnd(end), 0, new string(' ', keyColumn - 1) + $"{key}: {value}" + Newline);
        }

        public (int, int, string) RemoveEntry(YamlMapping map, string key, bool flow)
        {
            var index = map.Entries.ToList().FindIndex(e => e.Key.Value == key);
            var (k, v) = map.Entries[index];
            var start = Offset(k.Location);
            var end = End(v);
            if (!flow)
            {
                var lineStart = LineStart(start);
                return (lineStart, LineEnd(end) - lineStart, "");
            }

            if (index > 0)
            {
                // ", qualifier: over" from the comma after the entry before it.
                var comma = _text.LastIndexOf(',', start);
                return (comma, end - comma, "");
            }

            // The first entry: "qualifier: over, " up to the next entry.
            var next = Offset(map.Entries[index + 1].Key.Location);
            return (start, next - start, "");
        }
    }
}
