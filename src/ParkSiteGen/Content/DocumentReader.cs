using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>Reads profile.&lt;lang&gt;.md and bulletin.&lt;lang&gt;.md: front matter keys and the Markdown body.</summary>
public static class DocumentReader
{
    private static readonly string[] Keys = ["title", "date", "summary", "draft"];

    public static Document? Read(string fullPath, string file, Language language, YamlValues values, SourceTexts sources)
    {
        var diagnostics = values.Diagnostics;
        var text = TextFileReader.Read(fullPath, file, diagnostics, sources);
        if (text is null || FrontMatter.Split(text, file, diagnostics) is not { } parts)
        {
            return null;
        }

        var root = YamlDocumentParser.Parse(parts.Yaml, file, diagnostics, lineOffset: parts.YamlLine - 1);
        if (root is null)
        {
            if (string.IsNullOrWhiteSpace(parts.Yaml))
            {
                diagnostics.Error("missing-key", new SourceLocation(file, 1, 1), "the front matter is empty",
                    expected: "title: ...", hint: "write at least a title between the two '---' lines");
            }

            return null;
        }

        if (values.Fields(root, "the front matter", Keys) is not { } fields)
        {
            return null;
        }

        var title = fields.Required("title", "the page title") is { } t ? values.Text(t, "title") : null;
        var date = fields.Optional("date") is { } d ? values.Date(d, "date") : null;
        var summary = fields.Optional("summary") is { } s ? values.Text(s, "summary") : null;
        var draft = fields.Optional("draft") is { } dr && values.Bool(dr, "draft") == true;
        return title is null ? null : new Document(language, file, fullPath, title, date, summary, draft, parts.Body, parts.BodyLine);
    }
}
