using System.Text;

namespace ParkSiteGen.Diagnostics;

/// <summary>Writes diagnostics for people: where, what, the line itself with a marker under the spot,
/// then what was found, what was expected and a hint. Modelled on rustc and Elm error messages.</summary>
public static class DiagnosticPrinter
{
    public static string Format(Diagnostic d, SourceTexts? sources)
    {
        var sb = new StringBuilder();
        sb.Append(d.IsError ? "error" : "warning").Append('[').Append(d.Code).Append("]: ");
        if (d.Location is { } at)
        {
            sb.Append(at).Append(": ");
        }

        sb.Append(d.Message).Append('\n');
        if (d.Location is { Line: > 0 } loc && sources?.Line(loc.File, loc.Line) is { } whole)
        {
            var (line, column) = Window(whole.TrimEnd(), loc.Column);
            var number = loc.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var gutter = new string(' ', number.Length);
            sb.Append("  ").Append(number).Append(" | ").Append(line).Append('\n');
            sb.Append("  ").Append(gutter).Append(" | ").Append(Marker(line, column, loc.Length)).Append('\n');
        }

        Field(sb, "found:   ", d.Found);
        Field(sb, "expected:", d.Expected);
        Field(sb, "hint:    ", d.Hint);
        return sb.ToString();
    }

    public static void Print(IEnumerable<Diagnostic> diagnostics, SourceTexts? sources, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.Write(Format(d, sources));
        }
    }

    private static void Field(StringBuilder sb, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append("  ").Append(label).Append(' ').Append(value).Append('\n');
        }
    }

    /// <summary>The longest line quoted whole: a longer one (a paste of 100,000 characters) is quoted around the column,
    /// cut with '…' at either end, so the report stays readable.</summary>
    private const int LongestQuoted = 160;

    /// <summary>The part of <paramref name="line"/> to quote, and the column within it.</summary>
    private static (string Line, int Column) Window(string line, int column)
    {
        if (line.Length <= LongestQuoted)
        {
            return (line, column);
        }

        var start = Math.Clamp(column - 1 - LongestQuoted / 4, 0, line.Length - LongestQuoted);
        if (start > 0 && char.IsLowSurrogate(line[start]))
        {
            start--; // never half a character
        }

        var end = start + LongestQuoted;
        if (end < line.Length && char.IsLowSurrogate(line[end]))
        {
            end++;
        }

        var before = start > 0 ? "…" : "";
        return (before + line[start..end] + (end < line.Length ? "…" : ""), column - start + before.Length);
    }

    /// <summary>Spaces up to the column (tabs kept as tabs so the caret lines up), then carets.
    /// Wide (CJK) characters take two cells in a terminal, so they get two spaces.</summary>
    private static string Marker(string line, int column, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < column - 1 && i < line.Length; i++)
        {
            sb.Append(line[i] == '\t' ? "\t" : IsWide(line[i]) ? "  " : " ");
        }

        var width = 0;
        for (var i = column - 1; i >= 0 && i < line.Length && i < column - 1 + Math.Max(length, 1); i++)
        {
            width += IsWide(line[i]) ? 2 : 1;
        }

        return sb.Append(new string('^', Math.Max(width, 1))).ToString();
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
