using System.Security.Cryptography;

namespace ParkSiteGen.Tests.Support;

/// <summary>A folder's files and their content hashes, to compare two builds or a build before and after. A build's
/// own state beside its output (.public.parksitegen/: the previous tree, a manifest with times and absolute paths) is
/// neither site nor content, and is left out.</summary>
public static class Tree
{
    public static SortedDictionary<string, string> Hashes(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!IsBuildState(relative))
            {
                result[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return result;
    }

    private static bool IsBuildState(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.') && part.EndsWith(".parksitegen", StringComparison.Ordinal) && part.Length > ".parksitegen".Length);

    /// <summary>The differences between two trees, one line each; empty when identical.</summary>
    public static List<string> Differences(string a, string b)
    {
        var left = Hashes(a);
        var right = Hashes(b);
        var lines = new List<string>();
        lines.AddRange(left.Keys.Except(right.Keys).Select(k => "only in first: " + k));
        lines.AddRange(right.Keys.Except(left.Keys).Select(k => "only in second: " + k));
        lines.AddRange(left.Keys.Intersect(right.Keys).Where(k => left[k] != right[k]).Select(k => "differs: " + k));
        return lines;
    }

    /// <summary>For a failure message: how <paramref name="actual"/> differs from <paramref name="expected"/> (each file,
    /// "first" being the expected tree) and a line diff of the first file in both whose bytes differ; null when identical.</summary>
    public static string? Explain(string expected, string actual, int maxFiles = 40)
    {
        var differences = Differences(expected, actual);
        if (differences.Count == 0)
        {
            return null;
        }

        var text = $"{differences.Count} files differ (first = {expected}, second = {actual}):\n  " + string.Join("\n  ", differences.Take(maxFiles))
            + (differences.Count > maxFiles ? "\n  ..." : "");
        if (differences.FirstOrDefault(d => d.StartsWith("differs: ", StringComparison.Ordinal)) is { } first)
        {
            var file = first["differs: ".Length..];
            text += $"\n--- {file} (- expected, + actual)\n"
                + LineDiff.Unified(File.ReadAllText(Path.Combine(expected, file)), File.ReadAllText(Path.Combine(actual, file)));
        }

        return text;
    }
}
