using System.Diagnostics;
using ParkSiteGen.Tests.Support;
using Xunit.Abstractions;

namespace ParkSiteGen.Tests.Build;

/// <summary>Issue 19: a build killed with SIGKILL at any moment leaves the output folder a complete site, the old one
/// or the new one, never a mix and never missing; the next build recovers by itself and equals a clean build. A site
/// whose build takes about a second, two versions of it that differ in most files (figures, narratives, and a theme
/// partial every page includes), builds killed at seeded random moments, the content switched between the versions
/// so kills land in builds of both directions.</summary>
public class KillTests(ITestOutputHelper log)
{
    private const int Seed = 19;
    private const int Parks = 80;
    private const int Kills = 10;

    /// <summary>Kills are drawn over 0 .. 1.3 x an uninterrupted build: some land after it ended.</summary>
    private const double Reach = 1.3;

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_site_or_the_new_one_and_the_next_build_recovers()
    {
        using var temp = new TempDir();
        var random = new Random(Seed);
        var site = temp.CopySite("basic-site");
        SiteEdits.AddParkCopies(site, Parks);
        var output = Path.Combine(temp["kill"], "public");

        var oldSite = SiteFiles.Capture(site);
        var old = CleanBuild("the old site", site, temp["expected-old"]);
        AssertSucceeded(Parksitegen.Run("build", site, "--out", output, "--no-search"), "the first build");
        var newSite = ChangeMostPages(site, random);
        var @new = CleanBuild("the new site", site, temp["expected-new"]);
        var context = new List<string> { $"seed {Seed}, {Parks} parks, {old.Hashes.Count} files in the old site, {@new.Hashes.Count} in the new" };
        void Note(string line)
        {
            context.Add(line);
            log.WriteLine(line);
        }

        var duration = TimedBuild(site, output);
        Note($"an uninterrupted build, old site to new: {duration.TotalSeconds:0.000} s");
        AssertIs(output, @new, context, "after the uninterrupted build");

        for (var kill = 1; kill <= Kills; kill++)
        {
            // Odd kills build the old content, even ones the new. The output holds whichever site the last kill left,
            // so a build goes from one site to the other, or to the one it already holds with what a killed build left
            // behind to recover from.
            var building = kill % 2 == 0 ? @new : old;
            SiteFiles.Restore(site, building == @new ? newSite : oldSite);
            var delay = TimeSpan.FromSeconds(random.NextDouble() * Reach * duration.TotalSeconds);
            var killed = KillAfter(site, output, delay);
            var hashes = Directory.Exists(output) ? Tree.Hashes(output) : null;
            var found = new[] { old, @new }.FirstOrDefault(s => hashes is not null && hashes.SequenceEqual(s.Hashes));
            Note($"kill {kill} at {delay.TotalSeconds:0.000} s, building {building.Name}: {(killed ? "killed" : "the build had ended")}; the output is {found?.Name ?? (hashes is null ? "missing" : "neither site")}");
            if (found is null)
            {
                Assert.Fail($"{string.Join("\n", context)}\nthe output folder is neither site:\n{Mismatch(output, old, @new)}");
            }

            Assert.True(killed || found == building, $"{string.Join("\n", context)}\nthe build ended, but the output is not {building.Name}");
        }

        var finalBuild = TimedBuild(site, output); // the content is the new site's (Kills is even)
        Note($"a last, uninterrupted build: {finalBuild.TotalSeconds:0.000} s");
        AssertIs(output, @new, context, "after the last, uninterrupted build");
        var strays = BuildState.Strays(output);
        Assert.True(strays.Count == 0, $"{string.Join("\n", context)}\nleft beside the output folder after a build that ended: {string.Join(", ", strays)}");
    }

    /// <summary>The new site: figures and narratives of a dozen parks changed, and a footer of the site's own theme,
    /// which every page includes, so that nearly every file of the output changes.</summary>
    private static Dictionary<string, byte[]> ChangeMostPages(string site, Random random)
    {
        var edits = new SiteEdits(site, random);
        for (var i = 0; i < 12; i++)
        {
            edits.EditFigure();
            edits.EditNarrative();
        }

        var footer = Path.Combine(site, "themes", "default", "partials", "footer.sbn-html");
        Directory.CreateDirectory(Path.GetDirectoryName(footer)!);
        File.WriteAllText(footer, File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", "partials", "footer.sbn-html"))
            .Replace("</footer>", "  <p class=\"edition\">The new site</p>\n</footer>", StringComparison.Ordinal));
        return SiteFiles.Capture(site);
    }

    /// <summary>A site as a clean build makes it, into a fresh folder (kept, to show how an output differs).</summary>
    private sealed record Expected(string Name, string Folder, SortedDictionary<string, string> Hashes);

    private static Expected CleanBuild(string name, string site, string parent)
    {
        var output = Path.Combine(parent, "public");
        AssertSucceeded(Parksitegen.Run("build", site, "--out", output, "--no-search"), $"a clean build of {name}");
        return new Expected(name, output, Tree.Hashes(output));
    }

    /// <summary>A build in a process of its own, to its end: how long it took, from start to exit.</summary>
    private static TimeSpan TimedBuild(string site, string output)
    {
        var clock = Stopwatch.StartNew();
        using var build = ProgramProcess.Start("build", site, "--out", output, "--no-search");
        build.Process.WaitForExit();
        AssertSucceeded(build.Output, "an uninterrupted build");
        return clock.Elapsed;
    }

    /// <summary>Starts a build and kills it after <paramref name="delay"/> (from its start); false if it ended before.</summary>
    private static bool KillAfter(string site, string output, TimeSpan delay)
    {
        using var build = ProgramProcess.Start("build", site, "--out", output, "--no-search");
        if (build.Process.WaitForExit(delay))
        {
            AssertSucceeded(build.Output, "a build that ended before its kill");
            return false;
        }

        build.KillNow();
        return true;
    }

    private static void AssertSucceeded(CliResult result, string what) => Assert.True(result.ExitCode == 0, $"seed {Seed}: {what} failed:\n{result}");

    private static void AssertIs(string output, Expected expected, List<string> context, string when) =>
        Assert.True(Directory.Exists(output) && Tree.Hashes(output).SequenceEqual(expected.Hashes),
            $"{string.Join("\n", context)}\n{when}, the output folder is not the clean build:\n{(Directory.Exists(output) ? Tree.Explain(expected.Folder, output) : "it is missing")}");

    /// <summary>How the output differs from each site (a missing output folder says so).</summary>
    private static string Mismatch(string output, Expected old, Expected @new) =>
        !Directory.Exists(output)
            ? $"the output folder {output} is missing; beside it: {string.Join(", ", Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName))}"
            : $"against the old site: {Tree.Explain(old.Folder, output)}\nagainst the new site: {Tree.Explain(@new.Folder, output)}";
}
