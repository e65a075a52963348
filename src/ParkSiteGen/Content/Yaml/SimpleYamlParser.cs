using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content.Yaml;

/// <summary>A fast reader for the YAML that content files are made of: block maps and lists, one-line
/// { flow: maps } and [flow, lists], plain and quoted one-line scalars, comments. It gives the same nodes, with
/// the same positions, as YamlDotNet (the tests hold it to that on every file of the sample, the fixtures and
/// the benchmark corpora), at a small fraction of the cost. At the first thing outside that subset (block
/// scalars, anchors, multi-line values, escapes, tabs, a duplicate key, any syntax error) it gives up, and the
/// file is read by YamlDotNet, which also words every error: editors see the same messages either way.</summary>
internal sealed class SimpleYamlParser
{
    private readonly string _text;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly List<Line> _lines = [];
    private int _next;

    /// <summary>How many flow collections the one being read is inside: reading them recurses, and a stack too deep ends the process.</summary>
    private int _flowDepth;

    /// <summary>A line with content: where it starts, its indentation, and where its content ends (before a comment).</summary>
    private readonly record struct Line(int Number, int Start, int Indent, int End);

    private SimpleYamlParser(string text, string file, int lineOffset)
    {
        _text = text;
        _file = file;
        _lineOffset = lineOffset;
    }

    /// <summary>The subset is outside what this reader handles: use YamlDotNet.</summary>
    private sealed class GiveUp : Exception;

    /// <summary>Parses <paramref name="text"/>; false when it must be read by YamlDotNet instead.</summary>
    public static bool TryParse(string text, string file, int lineOffset, out YamlNode? root)
    {
        var parser = new SimpleYamlParser(text, file, lineOffset);
        root = null;
        try
        {
            if (!parser.SplitLines())
            {
                return false;
            }

            if (parser._lines.Count == 0)
            {
                return true; // only comments and blank lines: an empty document
            }

            var first = parser._lines[0];
            if (first.Indent != 0)
            {
                return false;
            }

            root = parser.Block(first.Indent, first.Start);
            return parser._next == parser._lines.Count;
        }
        catch (GiveUp)
        {
            root = null;
            return false;
        }
    }

    /// <summary>Finds the content lines; false for anything this reader leaves to YamlDotNet at line level.</summary>
    private bool SplitLines()
    {
        var number = 0;
        var start = 0;
        while (start <= _text.Length)
        {
            number++;
            var newline = _text.IndexOf('\n', start);
            var end = newline < 0 ? _text.Length : newline;
            var indent = start;
            while (indent < end && _text[indent] == ' ')
            {
                indent++;
            }

            if (indent < end && _text[indent] == '\t')
            {
                return false;
            }

            var contentEnd = CommentStart(indent, end);
            while (contentEnd > indent && _text[contentEnd - 1] is ' ' or '\t')
            {
                contentEnd--;
            }

            if (contentEnd > indent)
            {
                var first = _text[indent];
                if (first is '%' or '\t' || (indent == start && (At(indent, "---") || At(indent, "..."))))
                {
                    return false; // directives, document markers
                }

                _lines.Add(new Line(number, start, indent - start, contentEnd));
            }

            if (newline < 0)
            {
                break;
            }

            start = newline + 1;
        }

        return true;
    }

    /// <summary>Where a comment starts on the line (a '#' at its start or after a space), or the line's end.
    /// Quotes are respected, so a '#' inside "..." is text.</summary>
    private int CommentStart(int from, int end)
    {
        char quote = '\0';
        for (var i = from; i < end; i++)
        {
            var c = _text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c == '#' && (i == from || _text[i - 1] is ' ' or '\t'))
            {
                return i;
            }
            else if (c is '"' or '\'' && StartsValue(from, i))
            {
                quote = c;
            }
        }

        return end;
    }

    /// <summary>Whether a quote at <paramref name="i"/> opens a quoted scalar: it starts the line's content or
    /// follows "key:", "-", "[", "{" or "," (and spaces); elsewhere (rock 'n roll) it is just a character.</summary>
    private bool StartsValue(int from, int i)
    {
        var p = i - 1;
        while (p >= from && _text[p] == ' ')
        {
            p--;
        }

        return p < from || _text[p] is '[' or '{' or ',' || (_text[p] is ':' or '-' && p < i - 1);
    }

    private bool At(int index, string word) => string.CompareOrdinal(_text, index, word, 0, word.Length) == 0;

    /// <summary>The block node whose first line is the current one, starting at <paramref name="column"/>
    /// (after a "- " the node starts inside the line), indented by <paramref name="indent"/>.</summary>
    private YamlNode Block(int indent, int column)
    {
        var line = _lines[_next];
        return IsDash(column, line.End) ? Sequence(indent, column) : Mapping(indent, column);
    }

    private bool IsDash(int i, int end) => _text[i] == '-' && (i + 1 == end || _text[i + 1] == ' ');

    private YamlSequence Sequence(int indent, int column)
    {
        var location = Location(_lines[_next].Number, column - _lines[_next].Start + 1);
        var items = new List<YamlNode>();
        while (_next < _lines.Count)
        {
            var line = _lines[_next];
            var dash = items.Count == 0 ? column : line.Start + line.Indent;
            if (items.Count > 0 && (line.Indent != indent || !IsDash(dash, line.End)))
            {
                if (line.Indent > indent)
                {
                    throw new GiveUp();
                }

                break;
            }

            var content = dash + 1;
            while (content < line.End && _text[content] == ' ')
            {
                content++;
            }

            if (content == line.End)
            {
                // "-" alone: the item is the block below it, or empty.
                _next++;
                items.Add(_next < _lines.Count && _lines[_next].Indent > indent
                    ? Block(_lines[_next].Indent, _lines[_next].Start + _lines[_next].Indent)
                    : throw new GiveUp());
                continue;
            }

            if (IsDash(content, line.End))
            {
                throw new GiveUp(); // "- - x"
            }

            if (KeyEnd(content, line.End) >= 0)
            {
                // "- key: value": a map whose keys line up with this first one.
                items.Add(Mapping(content - line.Start, content));
                continue;
            }

            items.Add(InlineValue(line, content));
            _next++;
            if (_next < _lines.Count && _lines[_next].Indent > indent)
            {
                throw new GiveUp(); // a value continued on the next line
            }
        }

        return new YamlSequence(location, items);
    }

    private YamlMapping Mapping(int indent, int column)
    {
        var location = Location(_lines[_next].Number, column - _lines[_next].Start + 1);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        while (_next < _lines.Count)
        {
            var line = _lines[_next];
            var keyStart = entries.Count == 0 ? column : line.Start + line.Indent;
            if (entries.Count > 0 && line.Indent != indent)
            {
                if (line.Indent > indent)
                {
                    throw new GiveUp();
                }

                break;
            }

            var colon = KeyEnd(keyStart, line.End);
            if (colon < 0)
            {
                throw new GiveUp();
            }

            var keyText = _text[keyStart..colon];
            if (HasKey(entries, keyText))
            {
                throw new GiveUp(); // a duplicate key: YamlDotNet's reading reports it
            }

            var key = new YamlScalar(Location(line.Number, keyStart - line.Start + 1, colon - keyStart), keyText, Quoted: false);
            var content = colon + 1;
            while (content < line.End && _text[content] == ' ')
            {
                content++;
            }

            if (content < line.End)
            {
                entries.Add(new(key, InlineValue(line, content)));
                _next++;
                if (_next < _lines.Count && _lines[_next].Indent > indent)
                {
                    throw new GiveUp(); // a value continued on the next line
                }

                continue;
            }

            // "key:" alone: a block below (more indented, or a list at the same indentation), or an empty value.
            _next++;
            if (_next < _lines.Count && _lines[_next] is var below
                && (below.Indent > indent || (below.Indent == indent && IsDash(below.Start + below.Indent, below.End))))
            {
                entries.Add(new(key, Block(below.Indent, below.Start + below.Indent)));
            }
            else
            {
                entries.Add(new(key, new YamlScalar(Location(line.Number, colon - line.Start + 2), "", Quoted: false)));
            }
        }

        return new YamlMapping(location, entries);
    }

    /// <summary>Whether the map already has <paramref name="key"/>. Maps here are short (a figure's few fields, a year's
    /// indicators): a look along them costs less than a set made for each.</summary>
    private static bool HasKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, ReadOnlySpan<char> key)
    {
        foreach (var entry in entries)
        {
            if (key.SequenceEqual(entry.Key.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where "key:" ends (the colon) when the line at <paramref name="start"/> begins with a plain key, else -1.</summary>
    private int KeyEnd(int start, int end)
    {
        var i = start;
        while (i < end && IsKeyChar(_text[i]))
        {
            i++;
        }

        return i > start && i < end && _text[i] == ':' && (i + 1 == end || _text[i + 1] == ' ') ? i : -1;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    /// <summary>A value that fills the rest of the line from <paramref name="start"/>: a flow map or list, a quoted or a plain scalar.</summary>
    private YamlNode InlineValue(Line line, int start)
    {
        var i = start;
        var node = Flow(line, ref i, inFlow: false);
        if (i != line.End)
        {
            throw new GiveUp();
        }

        return node;
    }

    private YamlNode Flow(Line line, ref int i, bool inFlow)
    {
        if (++_flowDepth > YamlDocumentParser.MaxDepth)
        {
            throw new GiveUp(); // a run of '[' or '{': YamlDotNet's reading reports it without recursing that deep
        }

        var node = _text[i] switch
        {
            '{' => FlowMapping(line, ref i),
            '[' => FlowSequence(line, ref i),
            '"' or '\'' => (YamlNode)Quoted(line, ref i),
            _ => Plain(line, ref i, inFlow),
        };
        _flowDepth--;
        return node;
    }

    private YamlMapping FlowMapping(Line line, ref int i)
    {
        var location = Location(line.Number, i - line.Start + 1);
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        i++;
        SkipSpaces(line, ref i);
        if (i < line.End && _text[i] == '}')
        {
            i++;
            return new YamlMapping(location, entries);
        }

        while (true)
        {
            var keyStart = i;
            var colon = KeyEnd(keyStart, line.End);
            if (colon < 0 || HasKey(entries, _text.AsSpan(keyStart, colon - keyStart)))
            {
                throw new GiveUp();
            }

            var key = new YamlScalar(Location(line.Number, keyStart - line.Start + 1, colon - keyStart), _text[keyStart..colon], Quoted: false);
            i = colon + 1;
            SkipSpaces(line, ref i);
            if (i >= line.End || _text[i] is ',' or '}')
            {
                throw new GiveUp(); // an empty value
            }

            entries.Add(new(key, Flow(line, ref i, inFlow: true)));
            SkipSpaces(line, ref i);
            if (i >= line.End)
            {
                throw new GiveUp(); // continued on the next line, or never closed
            }

            if (_text[i] == '}')
            {
                i++;
                return new YamlMapping(location, entries);
            }

            if (_text[i] != ',')
            {
                throw new GiveUp();
            }

            i++;
            SkipSpaces(line, ref i);
            if (i >= line.End || _text[i] == '}')
            {
                throw new GiveUp(); // a trailing comma
            }
        }
    }

    private YamlSequence FlowSequence(Line line, ref int i)
    {
        var location = Location(line.Number, i - line.Start + 1);
        var items = new List<YamlNode>();
        i++;
        SkipSpaces(line, ref i);
        if (i < line.End && _text[i] == ']')
        {
            i++;
            return new YamlSequence(location, items);
        }

        while (true)
        {
            if (i >= line.End || _text[i] is ',' or ']')
            {
                throw new GiveUp();
            }

            items.Add(Flow(line, ref i, inFlow: true));
            SkipSpaces(line, ref i);
            if (i >= line.End)
            {
                throw new GiveUp();
            }

            if (_text[i] == ']')
            {
                i++;
                return new YamlSequence(location, items);
            }

            if (_text[i] != ',')
            {
                throw new GiveUp();
            }

            i++;
            SkipSpaces(line, ref i);
        }
    }

    /// <summary>'single' ('' for a quote) or "double" (\" and \\ its only escapes), on one line.</summary>
    private YamlScalar Quoted(Line line, ref int i)
    {
        var quote = _text[i];
        var start = i;
        var text = new System.Text.StringBuilder();
        i++;
        while (true)
        {
            if (i >= line.End)
            {
                throw new GiveUp();
            }

            var c = _text[i];
            if (c == '\\' && quote == '"')
            {
                // \" and \\ (a quote in an interface text); every other escape is YamlDotNet's to decode.
                if (i + 1 < line.End && _text[i + 1] is '"' or '\\')
                {
                    text.Append(_text[i + 1]);
                    i += 2;
                    continue;
                }

                throw new GiveUp();
            }

            if (c == quote)
            {
                if (quote == '\'' && i + 1 < line.End && _text[i + 1] == '\'')
                {
                    text.Append('\'');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            text.Append(c);
            i++;
        }

        if (i < line.End && _text[i] is not (' ' or ',' or '}' or ']'))
        {
            throw new GiveUp(); // "text"more
        }

        return new YamlScalar(Location(line.Number, start - line.Start + 1, i - start), text.ToString(), Quoted: true);
    }

    /// <summary>A plain scalar: to the end of the line, or in a flow collection to the next ',', ']' or '}'.</summary>
    private YamlScalar Plain(Line line, ref int i, bool inFlow)
    {
        var start = i;
        var c = _text[i];
        if (c is '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`'
            || (c is '-' or '?' or ':' && (i + 1 >= line.End || _text[i + 1] == ' ')))
        {
            throw new GiveUp();
        }

        while (i < line.End)
        {
            c = _text[i];
            if (inFlow && c is ',' or ']' or '}')
            {
                break;
            }

            if (c == ':' && (i + 1 == line.End || _text[i + 1] == ' ' || (inFlow && _text[i + 1] is ',' or ']' or '}')))
            {
                throw new GiveUp(); // "a: b" inside a value
            }

            if (inFlow && c is '[' or '{')
            {
                throw new GiveUp();
            }

            i++;
        }

        var end = i;
        while (end > start && _text[end - 1] == ' ')
        {
            end--;
        }

        return new YamlScalar(Location(line.Number, start - line.Start + 1, end - start), _text[start..end], Quoted: false);
    }

    private void SkipSpaces(Line line, ref int i)
    {
        while (i < line.End && _text[i] == ' ')
        {
            i++;
        }
    }

    private SourceLocation Location(int line, int column, int length = 0) => new(_file, line + _lineOffset, column, length);
}
