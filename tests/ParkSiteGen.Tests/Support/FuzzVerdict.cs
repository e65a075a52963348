using System.Text;
using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Support;

/// <summary>What a build of broken content must do: exit 0 with a site free of control characters, or exit 1 naming a
/// file under content/ with the previous site untouched; never exit 2 or 3, a stack trace, a staging folder left
/// behind or a changed source.</summary>
public static partial class FuzzVerdict
{
    /// <summary>What is wrong with this outcome, or null when it is one of the two allowed.</summary>
    /// <param name="parent">The folder holding the output folder, where the build stages the next site.</param>
    /// <param name="previousSite">The output folder's files before the build.</param>
    /// <param name="content">The site's files before the build.</param>
    public static string? Problem(CliResult result, string parent, string output, IDictionary<string, string> previousSite, IDictionary<string, string> content, string site)
    {
        var all = result.Stdout + result.Stderr;
        return result.ExitCode is not (0 or 1) ? $"exit {result.ExitCode}"
            : all.Contains("   at ", StringComparison.Ordinal) ? "a stack trace"
            : all.Contains("internal error", StringComparison.Ordinal) ? "an internal error"
            : !Tree.Hashes(site).SequenceEqual(content) ? "the build changed the content it read"
            : Directory.GetDirectories(parent, ".public.*").Any(d => Path.GetFileName(d) != ".public.parksitegen") ? "a staging folder left behind"
            : result.ExitCode == 1 ? FailedBuildProblem(result, output, previousSite)
            : SucceededBuildProblem(result, output);
    }

    private static string? FailedBuildProblem(CliResult result, string output, IDictionary<string, string> previousSite) =>
        !ErrorNamingContent().IsMatch(result.Stderr) ? "exit 1 without an error naming a file under content/"
        : !Directory.Exists(output) || !Tree.Hashes(output).SequenceEqual(previousSite) ? "exit 1 but the previous site changed"
        : null;

    private static string? SucceededBuildProblem(CliResult result, string output) =>
        result.Stderr.Contains("error[", StringComparison.Ordinal) ? "exit 0 with an error reported"
        : !File.Exists(Path.Combine(output, "index.html")) ? "exit 0 without index.html"
        : FileWithControlCharacter(output) is { } file ? $"exit 0 but {file} holds a control character"
        : null;

    /// <summary>A page, feed or data file of the site holding a C0 control (other than tab and line ends), DEL or a C1
    /// control: no page or feed may carry one, whatever the content (the build drops or refuses them).</summary>
    private static string? FileWithControlCharacter(string output)
    {
        string[] text = [".html", ".xml", ".json", ".csv", ".txt", ".js", ".css"];
        foreach (var file in Directory.GetFiles(output, "*", SearchOption.AllDirectories).Where(f => text.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] is < 0x20 and not (0x09 or 0x0A or 0x0D) or 0x7F || (bytes[i] == 0xC2 && i + 1 < bytes.Length && bytes[i + 1] is >= 0x80 and <= 0x9F))
                {
                    return Path.GetRelativePath(output, file).Replace('\\', '/');
                }
            }
        }

        return null;
    }

    /// <summary>The failure in a form that the same bug gives for every seed: the internal error's type and message
    /// without numbers and quoted text, or the first error's code.</summary>
    public static string Symptom(CliResult result)
    {
        var lines = (result.Stderr + "\n" + result.Stdout).Split('\n');
        var line = lines.FirstOrDefault(l => l.StartsWith("internal error", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => l.StartsWith("error", StringComparison.Ordinal))
            ?? "";
        var errorCode = ErrorCode().Match(line);
        return errorCode.Success ? errorCode.Value : Variable().Replace(line, "…");
    }

    /// <summary>An error line of the report with a location under content/ (the site's file that is wrong).</summary>
    [GeneratedRegex(@"^error\[[a-z0-9-]+\]: content/", RegexOptions.Multiline)]
    private static partial Regex ErrorNamingContent();

    [GeneratedRegex(@"^error\[[a-z0-9-]+\]")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\d+")]
    private static partial Regex Variable();
}

/// <summary>One seed that broke a rule: what it did to the site and what the build said.</summary>
public sealed record FuzzFailure(int Seed, IReadOnlyList<string> Mutations, string Problem, string Output, string Symptom)
{
    /// <summary>Every failure, grouped by problem and symptom: each group with its seeds and its first case in full.</summary>
    public static string Report(IReadOnlyList<FuzzFailure> failures)
    {
        var report = new StringBuilder($"{failures.Count} seeds failed; replay one with PARKSITEGEN_FUZZ_SEED=N\n");
        foreach (var group in failures.GroupBy(f => (f.Problem, f.Symptom)))
        {
            var first = group.First();
            report.Append("\n== ").Append(group.Key.Problem).Append(": ").Append(group.Key.Symptom)
                .Append($" ({group.Count()} seeds: {string.Join(", ", group.Take(10).Select(f => f.Seed))}{(group.Count() > 10 ? ", …" : "")})\n")
                .Append($"seed {first.Seed}: {string.Join("; ", first.Mutations)}\n")
                .Append(string.Join('\n', first.Output.Split('\n').Take(30)).Replace("\t", "\\t", StringComparison.Ordinal)).Append('\n');
        }

        return report.ToString();
    }
}
