using ParkSiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ParkSiteGen.Content.Yaml;

/// <summary>Turns YAML text into <see cref="YamlNode"/>s with positions: the usual content through
/// <see cref="SimpleYamlParser"/>, anything else through YamlDotNet's event parser. Syntax errors become
/// diagnostics with YamlDotNet's line and column and a hint for the usual causes.</summary>
public static class YamlDocumentParser
{
    /// <summary>The deepest nesting of lists and maps read. Content nests four levels at most; reading nodes recurses,
    /// and a line of 100,000 '[' (a key held down, a paste gone wrong) would overflow the stack, ending the process.</summary>
    internal const int MaxDepth = 64;

    /// <summary>The document's root node; null when the text is empty or has a syntax error (reported).</summary>
    /// <param name="lineOffset">Lines before the text in its file (front matter starts on line 2).</param>
    public static YamlNode? Parse(string text, string file, DiagnosticBag diagnostics, int lineOffset = 0) =>
        Parse(text, file, diagnostics, out _, lineOffset);

    /// <param name="failed">True when a syntax error was reported (null without it means an empty document).</param>
    public static YamlNode? Parse(string text, string file, DiagnosticBag diagnostics, out bool failed, int lineOffset = 0)
    {
        failed = false;
        return SimpleYamlParser.TryParse(text, file, lineOffset, out var root)
            ? root
            : ParseWithYamlDotNet(text, file, diagnostics, out failed, lineOffset);
    }

    /// <summary>YamlDotNet's reading, for what the fast reader leaves (and for the tests that compare the two).</summary>
    internal static YamlNode? ParseWithYamlDotNet(string text, string file, DiagnosticBag diagnostics, out bool failed, int lineOffset = 0)
    {
        var parser = new Parser(new StringReader(text));
        var builder = new Builder(parser, file, diagnostics, lineOffset);
        failed = false;
        try
        {
            return builder.ReadStream();
        }
        catch (YamlException e)
        {
            diagnostics.Add(SyntaxError(e.Message, e.Start, file, lineOffset, text));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed flow collections, e.g. "[zh, en".
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Add(SyntaxError("a '[' or '{' opened here is never closed", at, file, lineOffset, text));
        }

        failed = true;
        return null;
    }

    private static Diagnostic SyntaxError(string message, Mark mark, string file, int lineOffset, string text)
    {
        int line = (int)Math.Max(1, mark.Line), column = (int)Math.Max(1, mark.Column);
        var hint = "check the indentation (spaces only, the same depth for keys of one map) and that every 'key: value' has a space after the colon";
        if (message.Contains("levels deep", StringComparison.Ordinal))
        {
            hint = "content files nest lists and maps a few levels at most: remove the brackets, dashes or question marks that were typed or pasted by mistake";
        }
        else if (FirstIndentingTab(text) is { } tab)
        {
            // YamlDotNet places tab errors at the start of the enclosing map; the tab itself is more useful.
            (line, column) = tab;
            hint = "YAML does not allow tab characters for indentation: replace tabs with spaces";
        }
        else if ((message.Contains("never closed", StringComparison.Ordinal) || message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase)
                  || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase)) && UnclosedBracket(text) is { } open)
        {
            // The parser notices a missing ']' where it gives up (often the end of the file); the editor needs the '['.
            (line, column, var bracket) = open;
            message = $"the '{bracket}' opened here is never closed";
            hint = $"add the closing '{(bracket == '[' ? ']' : '}')}' at the end of the list or map";
        }
        else if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) || message.Contains("end of stream", StringComparison.OrdinalIgnoreCase))
        {
            hint = "a quote opened here is never closed";
        }
        else if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
                 || message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            hint = "a value contains ': ' (colon and space), or a key lacks the space after its colon: put a value with a colon in double quotes, and write 'key: value'";
        }

        return new Diagnostic(Severity.Error, "yaml-syntax", new SourceLocation(file, line + lineOffset, column),
            "YAML syntax error: " + Clean(message), Expected: "valid YAML", Hint: hint);
    }

    /// <summary>The last '[' or '{' with no matching close, outside quotes and comments.</summary>
    private static (int Line, int Column, char Bracket)? UnclosedBracket(string text)
    {
        var open = new Stack<(int Line, int Column, char Bracket)>();
        int line = 1, column = 0;
        char quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            column++;
            if (c == '\n')
            {
                line++;
                column = 0;
                comment = false;
                continue;
            }

            if (comment)
            {
                continue;
            }

            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'' when i == 0 || text[i - 1] is ' ' or '[' or '{' or ',' or ':':
                    quote = c;
                    break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]):
                    comment = true;
                    break;
                case '[' or '{':
                    open.Push((line, column, c));
                    break;
                case ']' or '}' when open.Count > 0:
                    open.Pop();
                    break;
            }
        }

        return open.Count > 0 ? open.Peek() : null;
    }

    /// <summary>The position of the first tab used for indentation, if any.</summary>
    private static (int Line, int Column)? FirstIndentingTab(string text)
    {
        var line = 1;
        var column = 1;
        var atIndent = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atIndent = true;
                continue;
            }

            if (atIndent && c == '\t')
            {
                return (line, column);
            }

            atIndent &= c == ' ' || c == '-';
            column++;
        }

        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): " – the position is printed separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim().TrimEnd('.');
    }

    private sealed class Builder(IParser parser, string file, DiagnosticBag diagnostics, int lineOffset)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);

        public YamlNode? ReadStream()
        {
            parser.Consume<StreamStart>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.TryConsume<DocumentStart>(out var start))
            {
                documents++;
                var node = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(depth: 1);
                parser.Consume<DocumentEnd>();
                if (documents == 1)
                {
                    root = node;
                }
                else
                {
                    diagnostics.Error("yaml-syntax", At(start.Start), "the file holds more than one YAML document",
                        found: "a second document (a line '---')", expected: "one document",
                        hint: "remove the '---' line, or split the file");
                }
            }

            parser.Consume<StreamEnd>();
            return root;
        }

        private YamlNode ReadNode(int depth)
        {
            if (depth > MaxDepth && parser.Current is { } deep)
            {
                throw new YamlException(deep.Start, deep.End, $"lists and maps are nested more than {MaxDepth} levels deep here");
            }

            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} refers to no anchor &{alias.Value} above it");
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                if (scalar.Style == ScalarStyle.DoubleQuoted && ControlCharacters.First(scalar.Value) is { } control)
                {
                    // The file's own control characters were dropped when it was read; an escape makes one anew.
                    diagnostics.Error(ControlCharacters.Code, At(scalar.Start, scalar.End),
                        $"an escape in this quoted text stands for an invisible control character ({ControlCharacters.Describe(control)}): no web page or feed can carry it",
                        found: ControlCharacters.CodePoint(control), expected: "text (escapes such as \\n, \\t and \\\" are fine)",
                        hint: "remove the escape (\\0, \\e, \\x.. or \\u.. for a control character) from the text");
                }

                var node = new YamlScalar(At(scalar.Start, scalar.End), scalar.Value,
                    scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded);
                return Anchor(scalar.Anchor, node);
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(depth + 1));
                }

                return Anchor(sequenceStart.Anchor, new YamlSequence(At(sequenceStart.Start), items));
            }

            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyNode = ReadNode(depth + 1);
                var value = ReadNode(depth + 1);
                if (keyNode is not YamlScalar key)
                {
                    diagnostics.Error("yaml-syntax", keyNode.Location, "a key must be a plain word, not a list or a map",
                        found: keyNode.Describe(), expected: "a key such as 'title'");
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error("duplicate-key", key.Location, $"the key '{key.Value}' appears twice in the same map",
                        found: $"'{key.Value}' again (first at line {first.Location.Line})", expected: "each key once",
                        hint: "remove or merge one of the two entries; only one value can count");
                    continue;
                }

                seen[key.Value] = key;
                entries.Add(new(key, value));
            }

            return Anchor(mappingStart.Anchor, new YamlMapping(At(mappingStart.Start), entries));
        }

        private YamlNode Anchor(AnchorName anchor, YamlNode node)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            return node;
        }

        private SourceLocation At(Mark start, Mark? end = null)
        {
            var length = end is { } e && e.Line == start.Line ? (int)(e.Column - start.Column) : 0;
            return new SourceLocation(file, (int)start.Line + lineOffset, (int)start.Column, Math.Max(length, 0));
        }
    }
}
