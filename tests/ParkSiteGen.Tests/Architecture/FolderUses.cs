using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Architecture;

/// <summary>A place where code uses a folder of the project: the line (from 1) and what it says there.</summary>
public sealed record FolderUse(string Folder, int Line, string Text);

/// <summary>Where a file's code uses the project's folders, found in its text: a name from the root namespace
/// (<c>using ParkSiteGen.Output;</c>, <c>global::ParkSiteGen.Output.OutputFolder</c>), or a name qualified with a folder's
/// namespace as code inside ParkSiteGen writes it (<c>Pipeline.BuildTimings</c>, <c>OpenData.DataFiles.Write(</c>): a folder's
/// name, then a type or inner namespace that folder declares. Comments and strings are left out first; a member that
/// shares a folder's name (a property <c>Output</c>, <c>model.Content</c>) is not a use.</summary>
public static partial class FolderUses
{
    public static IEnumerable<FolderUse> In(SourceFile file, IReadOnlyDictionary<string, IReadOnlySet<string>> declared)
    {
        foreach (Match m in FromRoot().Matches(file.Code))
        {
            if (declared.ContainsKey(m.Groups[1].Value))
            {
                yield return Use(file, m.Groups[1].Value, m.Index);
            }
        }

        foreach (Match m in Qualified().Matches(file.Code))
        {
            if (declared.TryGetValue(m.Groups[1].Value, out var names) && names.Contains(m.Groups[2].Value))
            {
                yield return Use(file, m.Groups[1].Value, m.Index);
            }
        }
    }

    private static FolderUse Use(SourceFile file, string folder, int index)
    {
        var line = file.LineOf(index);
        return new FolderUse(folder, line, file.Lines[line - 1].Trim());
    }

    /// <summary>ParkSiteGen.X, not itself part of a longer name (global:: may come before it).</summary>
    [GeneratedRegex(@"(?<![\w.])ParkSiteGen\s*\.\s*(\w+)")]
    private static partial Regex FromRoot();

    /// <summary>X.Y where X does not follow a '.' (model.Content.Indicators is a member) or a letter.</summary>
    [GeneratedRegex(@"(?<![\w.])(\w+)\s*\.\s*(\w+)")]
    private static partial Regex Qualified();
}
