using System.Diagnostics;

namespace ParkSiteGen.Tests.Support;

/// <summary>python3, which runs the benchmark corpus generator (tests/Benchmarks/corpus/gen.py). Without it the tests
/// that need a generated corpus are skipped and say why; PARKSITEGEN_REQUIRE_PYTHON=1 (set by CI) makes that a failure.</summary>
public static class Python
{
    public const string RequireVariable = "PARKSITEGEN_REQUIRE_PYTHON";

    public static string? SkipReason { get; } = Found() || Environment.GetEnvironmentVariable(RequireVariable) == "1"
        ? null
        : $"python3 is not on the PATH, and it generates the benchmark corpus this test reads; set {RequireVariable}=1 to make this a failure.";

    /// <summary>A synthetic site of the benchmarks' corpus, in ParkSiteGen's format, in <paramref name="folder"/>.</summary>
    public static void GenerateCorpus(int parks, int years, string folder)
    {
        var start = new ProcessStartInfo("python3", [Path.Combine(Repo.Root, "tests", "Benchmarks", "corpus", "gen.py"),
            "--parks", parks.ToString(), "--years", years.ToString(), "--out", folder, "--format", "parksitegen"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "gen.py failed: " + stderr.Result);
    }

    private static bool Found() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "python3")));
}

public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute() => Skip = Python.SkipReason;
}
