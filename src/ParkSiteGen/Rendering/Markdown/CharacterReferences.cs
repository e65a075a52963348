using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Numeric character references in a narrative (&amp;#x0B;, &amp;#27;) that stand for a character no page can carry.
/// A file's own control characters are dropped when it is read (<see cref="ControlCharacters"/>); Markdig decodes a
/// reference into one afterwards, and it went into the page as it was.</summary>
internal static class CharacterReferences
{
    /// <summary>Reports each such reference as an error at its place (the first place its text appears).</summary>
    public static void Check(MarkdownDocument ast, Document document, DiagnosticBag diagnostics)
    {
        if (!document.Body.Contains("&#", StringComparison.Ordinal))
        {
            return; // named references never stand for a control character: only numeric ones can
        }

        foreach (var entity in ast.Descendants<HtmlEntityInline>())
        {
            if (ControlCharacters.First(entity.Transcoded.AsSpan()) is not { } control)
            {
                continue;
            }

            var original = entity.Original.ToString();
            diagnostics.Error(ControlCharacters.Code, Place(document, original),
                $"the character reference {original} stands for an invisible control character ({ControlCharacters.Describe(control)}): no web page can carry it",
                found: original, expected: "text, or a reference to a visible character such as &#x4E00;", hint: "remove the reference");
        }
    }

    /// <summary>Where <paramref name="text"/> first appears in the body (the parse that found it keeps no positions).</summary>
    private static SourceLocation Place(Document document, string text)
    {
        var index = document.Body.IndexOf(text, StringComparison.Ordinal);
        if (index < 0)
        {
            return SourceLocation.WholeFile(document.File);
        }

        var lineStart = index == 0 ? 0 : document.Body.LastIndexOf('\n', index - 1) + 1;
        var line = document.BodyLine + document.Body.AsSpan(0, index).Count('\n');
        return new SourceLocation(document.File, line, index - lineStart + 1, text.Length);
    }
}
