namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>Reads a Handlebars template into its syntax tree: text, {{value}}, {{{raw}}}, {{! comments }},
/// {{#if|unless|each|with value}} … {{else}} … {{/…}} (with {{else if …}} chains), sections {{#Value}} and
/// {{^Value}}, and partials {{> name [context]}}, with '~' whitespace control. Anything else Handlebars has
/// (helpers with arguments, hashes, subexpressions, block parameters, partial blocks) is refused with its
/// position, never silently misread.</summary>
internal sealed class TemplateParser
{
    private readonly string _source;
    private readonly string _file;
    private readonly List<int> _lineStarts = [0];
    private readonly Stack<Frame> _open = new();
    private ProgramSyntax _current;

    private TemplateParser(string source, string file)
    {
        _source = source;
        _file = file;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }

        _current = new ProgramSyntax();
    }

    /// <summary>An open block, the program it belongs to, and whether its {{else}} part has begun.</summary>
    private sealed record Frame(BlockStatement Block, ProgramSyntax Parent, bool Chained)
    {
        public bool InInverse { get; set; }
    }

    public static ProgramSyntax Parse(string source, string file)
    {
        var parser = new TemplateParser(source, file);
        var root = parser.ParseAll();
        WhitespaceControl.Apply(root);
        return root;
    }

    private ProgramSyntax ParseAll()
    {
        var root = _current;
        var i = 0;
        var text = new System.Text.StringBuilder();
        var textStart = 0;
        while (i < _source.Length)
        {
            var open = _source.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(_source, i, _source.Length - i);
                break;
            }

            // \{{ prints "{{" itself: the text goes on to the next "{{" (as in handlebars.js); \\{{ is a backslash and a tag.
            if (open > 0 && _source[open - 1] == '\\' && !(open > 1 && _source[open - 2] == '\\'))
            {
                text.Append(_source, i, open - 1 - i);
                var next = _source.IndexOf("{{", open + 2, StringComparison.Ordinal);
                var end = next < 0 ? _source.Length : next;
                for (var k = 0; k < 2 && end > open + 2 && _source[end - 1] == '\\'; k++)
                {
                    end--; // a backslash before the next "{{" escapes that one: leave it to the next round
                }

                text.Append(_source, open, end - open);
                i = end;
                continue;
            }

            var escapedBackslash = open > 1 && _source[open - 1] == '\\' && _source[open - 2] == '\\';
            text.Append(_source, i, open - i - (escapedBackslash ? 1 : 0));
            if (text.Length > 0)
            {
                _current.Body.Add(new ContentStatement(At(textStart), text.ToString()));
                text.Clear();
            }

            i = ReadTag(open);
            textStart = i;
        }

        if (text.Length > 0)
        {
            _current.Body.Add(new ContentStatement(At(textStart), text.ToString()));
        }

        if (_open.Count > 0)
        {
            var unclosed = _open.Last(f => !f.Chained).Block;
            throw Error(unclosed.Position, $"{{{{#{unclosed.Name}}}}} is never closed: add {{{{/{unclosed.Name}}}}} where the block ends");
        }

        return root;
    }

    /// <summary>Reads the tag that starts at <paramref name="open"/> ("{{") and returns where the text after it starts.</summary>
    private int ReadTag(int open)
    {
        var position = At(open);
        var j = open + 2;
        if (j < _source.Length && _source[j] == '{' && j + 1 < _source.Length && _source[j + 1] == '{')
        {
            throw Error(position, "raw blocks {{{{…}}}} are not supported");
        }

        var stripOpen = j < _source.Length && _source[j] == '~';
        if (stripOpen)
        {
            j++;
        }

        var kind = j < _source.Length ? _source[j] : '\0';
        if (kind == '!')
        {
            return ReadComment(open, j + 1, stripOpen, position);
        }

        var triple = kind == '{';
        var close = _source.IndexOf('}', j);
        if (close < 0)
        {
            throw Error(position, "this {{ has no closing }}");
        }

        var inner = _source[(triple ? j + 1 : j)..close];
        var end = close;
        if (triple)
        {
            end++; // the "}" of "}}}"
        }

        var stripClose = end < _source.Length && _source[end] == '~';
        if (stripClose)
        {
            end++;
        }

        if (string.CompareOrdinal(_source, end, "}}", 0, 2) != 0)
        {
            throw Error(position, triple ? "this {{{ is not closed by }}}" : "this {{ is not closed by }}");
        }

        var strip = new Strip(stripOpen, stripClose);
        var after = end + 2;
        if (inner.EndsWith('~') && !triple)
        {
            // "{{foo ~}}": the '~' belongs to the closing.
            inner = inner[..^1];
            strip = strip with { Close = true };
        }

        if (triple)
        {
            _current.Body.Add(new MustacheStatement(position, ParseSinglePath(inner, position, "{{{ }}}"), escaped: false, strip));
            return after;
        }

        switch (kind)
        {
            case '&':
                _current.Body.Add(new MustacheStatement(position, ParseSinglePath(inner[1..], position, "{{& }}"), escaped: false, strip));
                break;
            case '#':
                OpenBlock(inner[1..], position, strip, inverted: false);
                break;
            case '^' when inner[1..].Trim().Length == 0:
                Else(position, strip);
                break;
            case '^':
                OpenBlock(inner[1..], position, strip, inverted: true);
                break;
            case '/':
                CloseBlock(inner[1..].Trim(), position, strip);
                break;
            case '>':
                _current.Body.Add(ParsePartial(inner[1..], position, strip));
                break;
            default:
                var words = Words(inner, position);
                if (words.Count > 0 && words[0] == "else")
                {
                    if (words.Count == 1)
                    {
                        Else(position, strip);
                    }
                    else
                    {
                        ElseChain(words, position, strip);
                    }
                }
                else
                {
                    _current.Body.Add(new MustacheStatement(position, ParseSinglePath(inner, position, "{{ }}"), escaped: true, strip));
                }

                break;
        }

        return after;
    }

    private int ReadComment(int open, int j, bool stripOpen, Position position)
    {
        var longForm = string.CompareOrdinal(_source, j, "--", 0, 2) == 0;
        var end = _source.IndexOf(longForm ? "--" : "}}", longForm ? j + 2 : j, StringComparison.Ordinal);
        while (longForm && end >= 0 && !ClosesAt(end + 2))
        {
            end = _source.IndexOf("--", end + 1, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            throw Error(position, longForm ? "this comment {{!-- is never closed by --}}" : "this comment {{! is never closed by }}");
        }

        var k = longForm ? end + 2 : end;
        var stripClose = k > open && _source[k - 1] == '~' && !longForm;
        if (longForm && _source[k] == '~')
        {
            stripClose = true;
            k++;
        }

        _current.Body.Add(new CommentStatement(position, new Strip(stripOpen, stripClose)));
        return k + 2;
    }

    private bool ClosesAt(int k) =>
        string.CompareOrdinal(_source, k, "}}", 0, 2) == 0 || string.CompareOrdinal(_source, k, "~}}", 0, 3) == 0;

    private void OpenBlock(string inner, Position position, Strip strip, bool inverted)
    {
        var words = Words(inner, position);
        if (words.Count == 0)
        {
            throw Error(position, "this block has no name: write {{#if Value}}, {{#each List}}, {{#with Value}} or {{#unless Value}}");
        }

        if (words[0].StartsWith('>') || words[0].StartsWith('*'))
        {
            throw Error(position, "partial blocks and decorators are not supported");
        }

        var block = NewBlock(words, position, strip);
        block.Program = new ProgramSyntax();
        _open.Push(new Frame(block, _current, Chained: false) { InInverse = false });
        if (inverted)
        {
            // {{^Value}} … {{/Value}}: the body is the block's inverse (shown when Value is empty).
            _inverted.Add(block);
        }

        _current = block.Program;
    }

    private readonly HashSet<BlockStatement> _inverted = [];

    private BlockStatement NewBlock(List<string> words, Position position, Strip strip)
    {
        var name = words[0];
        PathSyntax? argument = null;
        if (Helpers.IsBuiltIn(name))
        {
            if (words.Count != 2)
            {
                throw Error(position, $"{{{{#{name}}}}} takes exactly one value, as in {{{{#{name} {(name == "each" ? "List" : "Value")}}}}}");
            }

            argument = ParsePath(words[1], position);
        }
        else if (words.Count > 1)
        {
            throw Error(position, $"there is no block helper '{name}': ParkSiteGen's templates know {string.Join(", ", Helpers.BuiltIn.Select(h => "#" + h))}");
        }
        else
        {
            argument = ParsePath(name, position); // a section: {{#Value}} … {{/Value}}
        }

        return new BlockStatement(position, name, argument) { OpenStrip = strip };
    }

    private void Else(Position position, Strip strip)
    {
        var frame = _open.Count > 0 ? _open.Peek() : null;
        if (frame is null)
        {
            throw Error(position, "this {{else}} is outside any block");
        }

        if (frame.InInverse)
        {
            throw Error(position, $"{{{{#{frame.Block.Name}}}}} already has its {{{{else}}}}");
        }

        frame.Block.InverseStrip = strip;
        frame.Block.Inverse = new ProgramSyntax();
        frame.InInverse = true;
        _current = frame.Block.Inverse;
    }

    /// <summary>{{else if Value}}: the rest of the block is the body of an if inside the else part.</summary>
    private void ElseChain(List<string> words, Position position, Strip strip)
    {
        var frame = _open.Count > 0 ? _open.Peek() : null;
        if (frame is null || frame.InInverse)
        {
            throw Error(position, frame is null ? "this {{else …}} is outside any block" : $"{{{{#{frame.Block.Name}}}}} already has its {{{{else}}}}");
        }

        var chained = NewBlock(words.Skip(1).ToList(), position, strip);
        chained.Program = new ProgramSyntax();
        frame.Block.InverseStrip = strip;
        frame.Block.Inverse = new ProgramSyntax { Chained = true };
        frame.Block.Inverse.Body.Add(chained);
        frame.InInverse = true;
        _open.Push(new Frame(chained, frame.Block.Inverse, Chained: true));
        _current = chained.Program;
    }

    private void CloseBlock(string name, Position position, Strip strip)
    {
        while (_open.Count > 0 && _open.Peek().Chained)
        {
            _open.Pop().Block.CloseStrip = strip;
        }

        if (_open.Count == 0)
        {
            throw Error(position, $"{{{{/{name}}}}} closes no block");
        }

        var frame = _open.Pop();
        if (frame.Block.Name != name)
        {
            throw Error(position, $"{{{{/{name}}}}} does not match {{{{#{frame.Block.Name}}}}} (line {frame.Block.Position.Line}): close that block first");
        }

        var block = frame.Block;
        block.CloseStrip = strip;
        if (_inverted.Contains(block))
        {
            (block.Program, block.Inverse) = (block.Inverse, block.Program);
        }

        frame.Parent.Body.Add(block);
        _current = frame.Parent;
    }

    private PartialStatement ParsePartial(string inner, Position position, Strip strip)
    {
        var words = Words(inner, position, allowQuotedFirst: true);
        if (words.Count == 0)
        {
            throw Error(position, "this partial has no name: write {{> name}}");
        }

        if (words.Count > 2)
        {
            throw Error(position, "a partial takes at most a context value, as in {{> table Indicators}}");
        }

        var name = words[0].Trim('"', '\'');
        return new PartialStatement(position, name, words.Count == 2 ? ParsePath(words[1], position) : null, strip);
    }

    private PathSyntax ParseSinglePath(string inner, Position position, string form)
    {
        var words = Words(inner, position);
        if (words.Count == 0)
        {
            throw Error(position, $"this {form} is empty: name a value of the view model");
        }

        if (words.Count > 1)
        {
            throw Error(position, $"there is no helper '{words[0]}': templates only print values, as in {{{{Title}}}} (views compute everything)");
        }

        return ParsePath(words[0], position);
    }

    /// <summary>The whitespace-separated words of a tag; hashes, subexpressions and block parameters are refused.</summary>
    private List<string> Words(string inner, Position position, bool allowQuotedFirst = false)
    {
        var words = inner.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.Contains('=') || word.Contains('(') || word.Contains('|') || ((word.Contains('"') || word.Contains('\'')) && !(allowQuotedFirst && k == 0)))
            {
                throw Error(position, $"'{word}' is not supported here: ParkSiteGen's templates take values by name only (no hash arguments, subexpressions, literals or block parameters)");
            }
        }

        return words;
    }

    private PathSyntax ParsePath(string text, Position position)
    {
        var rest = text;
        var depth = 0;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            depth++;
            rest = rest[3..];
        }

        string? data = null;
        if (rest.StartsWith('@'))
        {
            if (depth > 0)
            {
                throw Error(position, $"'{text}': an @variable cannot follow ../");
            }

            var dot = rest.IndexOfAny(['.', '/']);
            data = dot < 0 ? rest[1..] : rest[1..dot];
            rest = dot < 0 ? "" : rest[(dot + 1)..];
            if (data is not ("root" or "index" or "first" or "last" or "key"))
            {
                throw Error(position, $"there is no @{data}: the data variables are @root, @index, @first, @last and @key");
            }

            if (data != "root" && rest.Length > 0)
            {
                throw Error(position, $"'{text}': @{data} has no members");
            }
        }
        else if (rest is "this" or ".")
        {
            rest = "";
        }
        else if (rest.StartsWith("this.", StringComparison.Ordinal) || rest.StartsWith("this/", StringComparison.Ordinal) || rest.StartsWith("./", StringComparison.Ordinal))
        {
            rest = rest[(rest[0] == '.' ? 2 : 5)..];
        }

        var segments = rest.Length == 0 ? [] : rest.Split('.', '/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment.Any(c => char.IsWhiteSpace(c) || "!\"#%&'()*+,;<=>@[\\]^`{|}~".Contains(c)) || segment is "this" or "..")
            {
                throw Error(position, $"'{text}' is not a value name: write Name, Name.Member, ../Name, this or @root.Name");
            }
        }

        if (text.Length == 0)
        {
            throw Error(position, "a value name is missing");
        }

        return new PathSyntax(text, depth, data, segments, position);
    }

    private Position At(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new Position(_file, line + 1, offset - _lineStarts[line] + 1);
    }

    private TemplateException Error(Position position, string message) => new(_file, position.Line, position.Column, message);
}
