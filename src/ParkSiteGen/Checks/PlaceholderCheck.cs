using System.Text.RegularExpressions;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Checks;

/// <summary>Placeholders left in content: `new` writes "TODO" where the editor has text to write.</summary>
public static partial class PlaceholderCheck
{
    [GeneratedRegex(@"\bTODO\b")]
    private static partial Regex Todo();

    public static void Run(SourceTexts sources, DiagnosticBag diagnostics)
    {
        foreach (var (file, text) in sources.All.Where(f => f.Key.StartsWith("content/", StringComparison.Ordinal)))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var content = lines[i].TrimStart().StartsWith('#') ? "" : lines[i]; // YAML comments may say TODO
                if (Todo().Match(content) is { Success: true } m)
                {
                    diagnostics.Warning("placeholder", new SourceLocation(file, i + 1, m.Index + 1, 4), "a placeholder is still here",
                        found: "TODO", expected: "the text in its place", hint: "write it, or remove the line");
                }
            }
        }
    }
}
