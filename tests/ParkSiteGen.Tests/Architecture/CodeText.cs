namespace ParkSiteGen.Tests.Architecture;

/// <summary>C# source with its comments and the text of its string and character literals blanked out (each character a
/// space, line ends kept, so positions and line numbers stay those of the file): a folder's name in a comment or in a
/// message is not a use of that folder. The code inside an interpolated string's holes stays: it is code.</summary>
public static class CodeText
{
    public static string WithoutCommentsAndStrings(string source)
    {
        var code = source.ToCharArray();
        var i = 0;
        new Scanner(source, code).Code(ref i, inHole: false);
        return new string(code);
    }

    private sealed class Scanner(string s, char[] code)
    {
        /// <summary>Code from <paramref name="i"/> to the end, or, in an interpolation hole, to the '}' that closes it.</summary>
        public void Code(ref int i, bool inHole)
        {
            var depth = 0;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '/' && At(i + 1) == '/')
                {
                    i = Blank(i, s.IndexOf('\n', i) is var end and >= 0 ? end : s.Length);
                }
                else if (c == '/' && At(i + 1) == '*')
                {
                    i = Blank(i, s.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : s.Length);
                }
                else if (c == '\'')
                {
                    i = CharLiteral(i);
                }
                else if (StringStart(i) is { } start)
                {
                    i = StringLiteral(start);
                }
                else if (inHole && c == '}' && depth == 0)
                {
                    return;
                }
                else
                {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    i++;
                }
            }
        }

        /// <summary>Where a string literal starts at <paramref name="i"/>: its '$' count, whether it is verbatim, and the
        /// index of its first quote; null when <paramref name="i"/> is not the start of one ("@name" is an identifier).</summary>
        private (int Dollars, bool Verbatim, int Quote)? StringStart(int i)
        {
            var dollars = 0;
            var verbatim = false;
            var j = i;
            while (j < s.Length && (s[j] == '$' || (s[j] == '@' && !verbatim)))
            {
                dollars += s[j] == '$' ? 1 : 0;
                verbatim |= s[j] == '@';
                j++;
            }

            return At(j) == '"' ? (dollars, verbatim, j) : null;
        }

        private int StringLiteral((int Dollars, bool Verbatim, int Quote) start)
        {
            var quotes = 0;
            while (At(start.Quote + quotes) == '"')
            {
                quotes++;
            }

            if (quotes == 2)
            {
                return start.Quote + 2; // ""
            }

            var raw = quotes >= 3;
            var i = start.Quote + (raw ? quotes : 1);
            while (i < s.Length)
            {
                var c = s[i];
                if (raw && c == '"' && Run(i, '"') >= quotes)
                {
                    return i + quotes;
                }

                if (!raw && c == '"' && start.Verbatim && At(i + 1) == '"')
                {
                    i = Blank(i, i + 2);
                }
                else if (!raw && c == '"')
                {
                    return i + 1;
                }
                else if (!raw && !start.Verbatim && c == '\\')
                {
                    i = Blank(i, Math.Min(i + 2, s.Length));
                }
                else if (start.Dollars > 0 && c == '{')
                {
                    var braces = Run(i, '{');
                    var opens = raw ? braces >= start.Dollars : braces % 2 == 1;
                    i = Blank(i, i + braces);
                    if (opens)
                    {
                        Code(ref i, inHole: true);
                        i += raw ? Math.Min(start.Dollars, Run(i, '}')) : 1;
                    }
                }
                else
                {
                    i = Blank(i, i + 1);
                }
            }

            return i;
        }

        private int CharLiteral(int i)
        {
            var j = i + 1;
            while (j < s.Length && s[j] != '\'' && s[j] != '\n')
            {
                j += s[j] == '\\' ? 2 : 1;
            }

            return Blank(i + 1, Math.Min(j, s.Length)) + 1;
        }

        private int Run(int i, char c)
        {
            var n = 0;
            while (At(i + n) == c)
            {
                n++;
            }

            return n;
        }

        private char At(int i) => i >= 0 && i < s.Length ? s[i] : '\0';

        /// <summary>Blanks [from, to) but for line ends, and returns <paramref name="to"/>.</summary>
        private int Blank(int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (code[k] is not ('\n' or '\r'))
                {
                    code[k] = ' ';
                }
            }

            return to;
        }
    }
}
