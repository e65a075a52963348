using System.Globalization;
using ParkSiteGen.Tests.Support;
using Xunit.Abstractions;

namespace ParkSiteGen.Tests.Build;

/// <summary>Seeded mutation fuzzing of the build: copies of the basic fixture site broken at random by
/// <see cref="ContentMutator"/>, each built into an output folder that already holds a site. Whatever the content,
/// the build must end with exit 0 (a site, no staging folder left) or exit 1 (an error naming a file under content/,
/// the previous site byte-for-byte intact), never a usage error, an internal error, a stack trace or a hang, and it
/// must never change the content it reads.
///
/// Case N is <c>new Random(N)</c>: CI runs seeds 0 to <see cref="CiCount"/> - 1 (about a minute).
/// PARKSITEGEN_FUZZ_SEED=N replays seed N alone (printing what it did and the build's report);
/// PARKSITEGEN_FUZZ_COUNT=N runs N seeds from PARKSITEGEN_FUZZ_START (default 0), e.g. 10,000;
/// PARKSITEGEN_FUZZ_PROGRAM=path runs each build with that program (the release binary) instead of in process.
/// A crash that ends the test process leaves the case it was building in $TMPDIR/psg-tests/fuzz-current-case.txt.</summary>
public class ContentFuzzTests(ITestOutputHelper log)
{
    /// <summary>How many seeds CI runs: measured, 31 s on two quiet cores and 52 s on two busy ones (about 50-85 ms a case).</summary>
    private const int CiCount = 600;

    /// <summary>Far longer than any case takes (a fixture build is about 0.1 s): a build still running then hangs.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public void Mutated_content_fails_cleanly_or_builds()
    {
        var (start, count) = Seeds();
        using var temp = new TempDir();
        var output = temp["public"];
        var baseBuild = Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", output, "--no-search");
        Assert.True(baseBuild.ExitCode == 0, baseBuild.ToString());
        var previousSite = Tree.Hashes(output);
        var failures = new List<FuzzFailure>();
        var exits = new int[4];
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (var seed = start; seed < start + count; seed++)
        {
            var site = FreshCopy(temp);
            var mutations = new ContentMutator(site, new Random(seed)).ApplySome();
            var content = Tree.Hashes(site);
            File.WriteAllText(CurrentCase, $"seed {seed}: {string.Join("; ", mutations)}\n");
            var result = Build(site, output);
            if (result is null)
            {
                // The hung build still runs and may yet write the output: no later case could be judged.
                failures.Add(new FuzzFailure(seed, mutations, "hang", $"no exit within {Timeout.TotalSeconds} s", ""));
                break;
            }

            exits[Math.Clamp(result.ExitCode, 0, 3)]++;
            if (count == 1)
            {
                log.WriteLine($"seed {seed}: {string.Join("; ", mutations)}\n{result}");
            }

            if (FuzzVerdict.Problem(result, temp.Path, output, previousSite, content, site) is { } problem)
            {
                failures.Add(new FuzzFailure(seed, mutations, problem, result.ToString(), FuzzVerdict.Symptom(result)));
            }

            if (result.ExitCode == 0)
            {
                previousSite = Tree.Hashes(output); // the next case builds over this site
            }
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeds {start}..{start + count - 1}: exit 0 x{exits[0]}, exit 1 x{exits[1]}, exit 2 x{exits[2]}, exit 3 x{exits[3]}; {clock.Elapsed.TotalSeconds:0.0} s"));
        Assert.True(failures.Count == 0, FuzzFailure.Report(failures));
        if (count >= 100)
        {
            // Mutations that always break the build, or never do, would test one path only.
            Assert.True(exits[0] > count / 10 && exits[1] > count / 10, $"exits 0 and 1 should both be common: {string.Join(", ", exits)}");
        }
    }

    /// <summary>The case being built, written before each build: a crash that ends the test process (a stack overflow)
    /// leaves no report, only this file.</summary>
    private static readonly string CurrentCase = Path.Combine(Path.GetTempPath(), "psg-tests", "fuzz-current-case.txt");

    /// <summary>The seeds to run: CI's, or those the environment asks for.</summary>
    private static (int Start, int Count) Seeds()
    {
        static int? Number(string name) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        return Number("PARKSITEGEN_FUZZ_SEED") is { } seed ? (seed, 1) : (Number("PARKSITEGEN_FUZZ_START") ?? 0, Number("PARKSITEGEN_FUZZ_COUNT") ?? CiCount);
    }

    /// <summary>The fixture site copied anew (about twenty small files: quicker than undoing the last case's mutations).</summary>
    private static string FreshCopy(TempDir temp)
    {
        var site = temp["site"];
        if (Directory.Exists(site))
        {
            Directory.Delete(site, recursive: true);
        }

        return temp.CopySite("basic-site");
    }

    /// <summary>The build's result, or null when it did not end in time.</summary>
    private static CliResult? Build(string site, string output)
    {
        string[] args = ["build", site, "--out", output, "--no-search"];
        if (Environment.GetEnvironmentVariable("PARKSITEGEN_FUZZ_PROGRAM") is { Length: > 0 } program)
        {
            try
            {
                return ReleaseBinary.Run(program, args, Timeout);
            }
            catch (TimeoutException)
            {
                return null;
            }
        }

        var build = Task.Run(() => Parksitegen.Run(args));
        return build.Wait(Timeout) ? build.Result : null;
    }
}
