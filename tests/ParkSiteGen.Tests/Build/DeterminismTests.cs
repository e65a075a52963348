using System.Text;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

public class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["first"], "--no-search").ExitCode);
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["second"], "--no-search").ExitCode);

        Assert.Empty(Tree.Differences(temp["first"], temp["second"]));
        Assert.True(Tree.Hashes(temp["first"]).Count > 15);
    }

    [Fact]
    public void The_output_is_byte_identical_whatever_the_degree_of_parallelism()
    {
        // The sample site: every kind of page, charts, comparisons, open data. Pages render in parallel and
        // finish in any order; the files must not depend on it.
        using var temp = new TempDir();
        foreach (var jobs in new[] { "1", "2", "7" })
        {
            var build = Parksitegen.Run("build", Repo.Root, "--out", temp["jobs-" + jobs], "--no-search", "--jobs", jobs);
            Assert.True(build.ExitCode == 0, build.ToString());
        }

        Assert.Empty(Tree.Differences(temp["jobs-1"], temp["jobs-2"]));
        Assert.Empty(Tree.Differences(temp["jobs-1"], temp["jobs-7"]));
        Assert.True(Tree.Hashes(temp["jobs-1"]).Count > 300);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_change_nothing()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        foreach (var file in Directory.GetFiles(Path.Combine(site, "content"), "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yml") || f.EndsWith(".md")))
        {
            var text = File.ReadAllText(file).Replace("\n", "\r\n");
            File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", temp["unix"], "--no-search").ExitCode);
        var windows = Parksitegen.Run("build", site, "--out", temp["windows"], "--no-search");
        Assert.Equal(0, windows.ExitCode);

        Assert.Empty(Tree.Differences(temp["unix"], temp["windows"]));
    }
}
