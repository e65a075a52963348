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
        if (Split(fullPath, file, diagnostics, sources) is not { } parts)
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

        var titleNode = fields.Required("title", "the page title");
        var title = titleNode is not null ? values.Text(titleNode, "title") : null;
        if (titleNode is not null && title is not null && string.IsNullOrWhiteSpace(title))
        {
            // An empty title made a page without a heading, an empty browser tab and a blank entry in listings and feeds.
            diagnostics.Error("wrong-value", titleNode.Location, "the title is empty",
                found: $"\"{title}\"", expected: "the page's title", hint: "write the title: it heads the page and names it in listings, feeds and the browser tab");
            title = null;
        }

        var date = fields.Optional("date") is { } d ? values.Date(d, "date") : null;
        var summary = fields.Optional("summary") is { } s ? values.Text(s, "summary") : null;
        var draft = fields.Optional("draft") is { } dr && values.Bool(dr, "draft") == true;
        return title is null ? null : new Document(language, file, fullPath, title, date, summary, draft, parts.Body, parts.BodyLine);
    }

    /// <summary>The body of a document whose front matter was read by an earlier build (<see cref="ParkSnapshot"/>).
    /// Its file's length and time are those that build saw; if it has changed since, the build that asks for it stops.</summary>
    public static string BodyOf(string fullPath, string file, SourceTexts sources) =>
        Split(fullPath, file, new DiagnosticBag(), sources)?.Body ?? throw new ContentChangedException(file);

    /// <summary>The front matter and the body. The body is kept once, by the document, and shared with the source texts.</summary>
    private static FrontMatter.Parts? Split(string fullPath, string file, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var bytes = TextFileReader.ReadBytes(fullPath, file, diagnostics, out var ok);
        if (!ok)
        {
            return null;
        }

        // Usually the front matter's end is plain to see in the bytes: each part is decoded on its own. The head then ends
        // where the front matter does, by FrontMatter's one rule for both: read alone, it has no body.
        if (TextFileReader.Split(bytes) is var (head, body)
            && FrontMatter.Split(head, file, new DiagnosticBag()) is { Body.Length: 0 } headParts)
        {
            sources.Remember(file, head, body);
            return headParts with { Body = body };
        }

        if (TextFileReader.Text(bytes, file, diagnostics) is not { } text)
        {
            return null;
        }

        if (FrontMatter.Split(text, file, diagnostics) is not { } parts)
        {
            sources.Remember(file, text);
            return null;
        }

        sources.Remember(file, text[..(text.Length - parts.Body.Length)], parts.Body);
        return parts;
    }
}
