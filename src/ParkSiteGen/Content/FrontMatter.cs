using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content;

/// <summary>Splits a Markdown file into its YAML front matter (between two '---' lines) and its body.</summary>
public static class FrontMatter
{
    public sealed record Parts(string Yaml, int YamlLine, string Body, int BodyLine);

    public static Parts? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd();
        if (firstLine != "---")
        {
            diagnostics.Error("front-matter", new SourceLocation(file, 1, 1), "the file does not start with front matter",
                found: firstLine.Length == 0 ? "an empty first line" : $"'{Shorten(firstLine)}'",
                expected: "a first line '---', then 'title: ...', then a line '---', then the text",
                hint: "add at the top:\n    ---\n    title: 2021年度发展回顾\n    ---");
            return null;
        }

        var lineNumber = 1;
        var position = firstLineEnd + 1;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            lineNumber++;
            if (line is "---" or "...")
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

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
