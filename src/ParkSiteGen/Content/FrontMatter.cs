using System.Text;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines) and its body. The one home of
/// where front matter opens and ends (<see cref="Opens"/>, <see cref="Closes"/>), for the decoded text and for the bytes
/// a narrative is usually split in before it is decoded (<see cref="EndInUtf8"/>): both find the same end.</summary>
public static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlLine, string Body, int BodyLine);

    public static Parts? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (!Opens(firstLine))
        {
            var found = firstLine.TrimEnd();
            diagnostics.Error("front-matter", new SourceLocation(file, 1, 1), "the file does not start with front matter",
                found: found.Length == 0 ? "an empty first line" : $"'{Shorten(found)}'",
                expected: "a first line '---', then 'title: ...', then a line '---', then the text",
                hint: "add at the top:\n    ---\n    title: 2021年度发展回顾\n    ---");
            return null;
        }

        var lineNumber = 1;
        var position = firstLineEnd + 1;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            lineNumber++;
            if (Closes(end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position)))
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Parts(yaml, 2, body, lineNumber + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        diagnostics.Error("front-matter", new SourceLocation(file, 1, 1), "the front matter opened on line 1 is never closed",
            found: "no second '---' line", expected: "a line '---' after the front matter's last key",
            hint: "add a line with three dashes '---' between the front matter and the text");
        return null;
    }

    /// <summary>Where the front matter of UTF-8 text with LF line ends ends: the offset just after the line that closes it;
    /// null when the text does not open with front matter or never closes it (<see cref="Split"/> then says why).</summary>
    public static int? EndInUtf8(ReadOnlySpan<byte> text)
    {
        var firstLineEnd = text.IndexOf((byte)'\n');
        if (firstLineEnd < 0 || !Opens(text[..firstLineEnd]))
        {
            return null;
        }

        var position = firstLineEnd + 1;
        while (position < text.Length)
        {
            var end = text[position..].IndexOf((byte)'\n');
            var next = end < 0 ? text.Length : position + end + 1;
            if (Closes(end < 0 ? text[position..] : text.Slice(position, end)))
            {
                return next;
            }

            position = next;
        }

        return null;
    }

    /// <summary>The first line "---". White space after it is allowed: an editor cannot see it.</summary>
    private static bool Opens(ReadOnlySpan<char> line) => line.TrimEnd() is "---";

    /// <summary>The first line after the opening one that is "---" or "..." (YAML's end of a document) ends the front
    /// matter, white space after it allowed.</summary>
    private static bool Closes(ReadOnlySpan<char> line) => line.TrimEnd() is "---" or "...";

    // The same rules on a UTF-8 line: the usual "---" is seen in the bytes; a line with anything after the dashes (white
    // space, or not) is decoded and asked the rules above, so that the two never differ.
    private static bool Opens(ReadOnlySpan<byte> line) => line.SequenceEqual("---"u8) || (line.StartsWith("---"u8) && Opens(Encoding.UTF8.GetString(line)));

    private static bool Closes(ReadOnlySpan<byte> line) =>
        line.SequenceEqual("---"u8) || line.SequenceEqual("..."u8)
        || ((line.StartsWith("---"u8) || line.StartsWith("..."u8)) && Closes(Encoding.UTF8.GetString(line)));

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
