using System.Buffers;
using System.Globalization;
using System.Text;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content;

/// <summary>The one rule for characters that no output can carry: C0 controls other than tab and line ends, DEL, the
/// C1 controls and Unicode noncharacters. XML (feeds, sitemap) forbids most of them outright, HTML calls each one a
/// parse error, and none of them shows anything a reader could see. Editors paste them from Word (U+000B is its
/// manual line break, U+000C its page break), PDFs and chat apps without knowing, so a build drops each one where
/// the text enters (every file is decoded through <see cref="TextFileReader"/>) and warns with its place and code
/// point: the site is what the editor saw on screen, and --strict makes the warning an error.</summary>
public static class ControlCharacters
{
    /// <summary>Characters to look at: every one forbidden, and the low surrogates that end a supplementary
    /// noncharacter (U+1FFFE … U+10FFFF), which <see cref="IsForbidden"/> then decides on.</summary>
    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\uFDD0\uFDD1\uFDD2\uFDD3\uFDD4\uFDD5\uFDD6\uFDD7\uFDD8\uFDD9\uFDDA\uFDDB\uFDDC\uFDDD\uFDDE\uFDDF" +
        "\uFDE0\uFDE1\uFDE2\uFDE3\uFDE4\uFDE5\uFDE6\uFDE7\uFDE8\uFDE9\uFDEA\uFDEB\uFDEC\uFDED\uFDEE\uFDEF" +
        "\uFFFE\uFFFF\uDFFE\uDFFF");

    /// <summary>Warnings per file: a pasted document can hold hundreds of one character; the first ones show where.</summary>
    private const int ReportedPerFile = 10;

    public const string Code = "control-character";

    /// <summary>The C0 controls to look for: ASCII only, so the scan for them is vectorised.</summary>
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Whether <paramref name="text"/> holds none of them: the usual case, and every text read passes here.
    /// <see cref="Candidates"/> mixes ASCII with other characters, so searching for it falls back to a probabilistic map
    /// that Chinese text keeps hitting (a fifth of a 1000 x 10 rebuild's processor time, by perf); one vectorised scan
    /// per range instead, and the exact test only when a range matched.</summary>
    public static bool None(ReadOnlySpan<char> text) =>
        (!text.ContainsAny(AsciiControls)
            && !text.ContainsAnyInRange('\u007F', '\u009F')
            && !text.ContainsAnyInRange('\uFDD0', '\uFDEF')
            && !text.ContainsAnyInRange('\uFFFE', '\uFFFF')
            && !text.ContainsAnyInRange('\uDFFE', '\uDFFF'))
        || First(text) is null;

    /// <summary>The first of them in <paramref name="text"/>, if any.</summary>
    public static Rune? First(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (rest.IndexOfAny(Candidates) is var i and >= 0)
        {
            var at = text.Length - rest.Length + i;
            if (IsForbidden(text, at))
            {
                Rune.DecodeFromUtf16(text[(char.IsLowSurrogate(text[at]) ? at - 1 : at)..], out var rune, out _);
                return rune;
            }

            rest = rest[(i + 1)..];
        }

        return null;
    }

    /// <summary>"U+000B, vertical tab: Word's manual line break": the code point and what it is.</summary>
    public static string Describe(Rune rune) => CodePoint(rune) + Name(rune.Value);

    /// <summary>"U+000B": how every message names the character.</summary>
    public static string CodePoint(Rune rune) => $"U+{rune.Value.ToString("X4", CultureInfo.InvariantCulture)}";

    /// <summary><paramref name="text"/> without them, each reported as a warning at its line and column (counted from
    /// <paramref name="firstLine"/>, in the text as it was).</summary>
    public static string Remove(string text, string file, DiagnosticBag diagnostics, int firstLine = 1)
    {
        if (None(text))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        var (line, lineStart, reported) = (firstLine, 0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsForbidden(text, i))
            {
                if (text[i] == '\n')
                {
                    (line, lineStart) = (line + 1, i + 1);
                }

                kept.Append(text[i]);
                continue;
            }

            // A supplementary noncharacter is found at its second half: the first was kept a step ago.
            var start = char.IsLowSurrogate(text[i]) ? i - 1 : i;
            kept.Length -= i - start;
            Report(diagnostics, new SourceLocation(file, line, start - lineStart + 1, i - start + 1), Rune.GetRuneAt(text, start), ++reported);
        }

        return kept.ToString();
    }

    private static bool IsForbidden(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (!char.IsLowSurrogate(c))
        {
            return Candidates.Contains(c);
        }

        // U+xFFFE and U+xFFFF of every plane: the pair's value ends in FFFE or FFFF.
        return (c is '\uDFFE' or '\uDFFF') && i > 0 && char.IsHighSurrogate(text[i - 1])
            && (char.ConvertToUtf32(text[i - 1], c) & 0xFFFE) == 0xFFFE;
    }

    private static void Report(DiagnosticBag diagnostics, SourceLocation at, Rune rune, int count)
    {
        if (count > ReportedPerFile + 1)
        {
            return;
        }

        var codePoint = CodePoint(rune);
        if (count == ReportedPerFile + 1)
        {
            diagnostics.Warning(Code, at, "more invisible control characters from here on in this file were dropped too",
                found: codePoint, hint: "search the file for them (VS Code shows each as a red box), or re-paste the text as plain text");
            return;
        }

        diagnostics.Warning(Code, at, $"an invisible control character ({Describe(rune)}) was dropped: no web page or feed can carry it",
            found: codePoint, expected: "text, tabs and line breaks",
            hint: rune.Value is 0x0B or 0x0C
                ? "pasted from Word? it marks a manual line or page break there; delete it here, or press Enter for a new line"
                : "pasted from Word, a PDF or a chat app? delete it (VS Code shows it as a red box); paste as plain text to avoid it");
    }

    private static string Name(int codePoint) => codePoint switch
    {
        0x00 => ", NUL",
        0x08 => ", backspace",
        0x0B => ", vertical tab: Word's manual line break",
        0x0C => ", form feed: Word's page break",
        0x1B => ", escape",
        0x7F => ", delete",
        0x85 => ", next line",
        _ when (codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF => ", a noncharacter",
        _ => "",
    };
}
