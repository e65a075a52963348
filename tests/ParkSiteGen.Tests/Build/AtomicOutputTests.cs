using System.Text;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>The output folder is replaced only by a successful build, and only if ParkSiteGen wrote it.</summary>
public class AtomicOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var output = temp["public"];
        Assert.Equal(0, Parksitegen.Run("build", site, "--out", output, "--no-search").ExitCode);
        var before = Tree.Hashes(output);

        File.AppendAllText(Path.Combine(site, "content/parks/beta-etdz/2023/bulletin.en.md"), "\n[x](../../../../../../etc/passwd)\n");
        var failed = Parksitegen.Run("build", site, "--out", output, "--no-search");

        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(before, Tree.Hashes(output));
        Assert.Contains("unchanged", failed.Stderr);
        Assert.Equal([".public.parksitegen"], Directory.GetDirectories(temp.Path, ".*").Select(Path.GetFileName));
    }

    /// <summary>Pages are written by writer threads: a write that fails there still stops the swap, with the
    /// error of the write, and the published output stays as it was.</summary>
    [Fact]
    public void A_write_that_fails_on_a_writer_thread_stops_the_swap()
    {
        using var temp = new TempDir();
        var target = temp["public"];
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, ParkSiteGen.Output.SiteTrees.MarkerName), "previous");
        using (var trees = ParkSiteGen.Output.SiteTrees.Open(target, clean: false))
        using (var writer = trees.BeginUpdate())
        {
            for (var i = 0; i < 600; i++)
            {
                writer.Write($"pages/{i}/index.html", Encoding.UTF8.GetBytes($"<p>page {i}</p>"));
            }

            writer.Flush();
            Assert.Equal(600, Directory.GetFiles(writer.Root, "index.html", SearchOption.AllDirectories).Length);
            Assert.Throws<InvalidOperationException>(() => writer.Write("late.html", "x"u8));
        }

        using (var trees = ParkSiteGen.Output.SiteTrees.Open(target, clean: false))
        using (var writer = trees.BeginUpdate())
        {
            writer.Write("clash", "a file where a folder is needed"u8);
            for (var i = 0; i < 100; i++)
            {
                writer.Write($"clash/{i}.html", Encoding.UTF8.GetBytes($"page {i}"));
            }

            // Which write fails depends on which writer comes first: the file, or a page in a folder of its name.
            var error = Assert.ThrowsAny<Exception>(() => trees.Publish(writer, _ => { }));
            Assert.True(error is IOException or UnauthorizedAccessException, error.ToString());
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, ParkSiteGen.Output.SiteTrees.MarkerName)));
        Assert.Single(Directory.GetFileSystemEntries(target));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_folder()
    {
        using var temp = new TempDir();
        var output = temp["public"];
        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", output, "--no-search").ExitCode);
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an older build");

        Assert.Equal(0, Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", output, "--no-search").ExitCode);

        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, ".parksitegen")));
        Assert.Equal(["public", ".public.parksitegen"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).OrderDescending());
    }

    [Fact]
    public void A_folder_not_written_by_parksitegen_is_never_replaced()
    {
        using var temp = new TempDir();
        var precious = temp["documents"];
        Directory.CreateDirectory(precious);
        File.WriteAllText(Path.Combine(precious, "report.docx"), "the only copy");

        var result = Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", precious, "--no-search");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refusing to replace", result.Stderr);
        Assert.Equal("the only copy", File.ReadAllText(Path.Combine(precious, "report.docx")));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/parks")]
    [InlineData("themes")]
    [InlineData("..")]
    public void The_output_may_not_be_the_site_or_hold_it_or_sit_inside_its_sources(string relative)
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Directory.CreateDirectory(Path.Combine(site, "themes"));
        var before = Tree.Hashes(temp.Path);

        var result = Parksitegen.Run("build", site, "--out", Path.Combine(site, relative), "--no-search");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(before, Tree.Hashes(temp.Path));
    }

    /// <summary>A build stopped while it brought the older tree up to date (killed, or failed) leaves it flagged
    /// incomplete, with anything in it: the next build makes it again and publishes what a clean build would.</summary>
    [Fact]
    public void An_update_left_incomplete_is_made_again()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var output = temp["public"];
        Assert.Equal(0, Parksitegen.Run("build", site, "--out", output, "--no-search").ExitCode);
        Assert.Equal(0, Parksitegen.Run("build", site, "--out", output, "--no-search", "--base-url", "https://example.org/a/").ExitCode);
        var state = temp[".public.parksitegen"];
        File.WriteAllText(Path.Combine(state, "previous.incomplete"), "");
        File.WriteAllText(Path.Combine(state, "previous", "zh", "index.html"), "half a page");
        File.WriteAllText(Path.Combine(state, "previous", "stray.html"), "from a build that was killed");

        Assert.Equal(0, Parksitegen.Run("build", site, "--out", output, "--no-search").ExitCode);

        Assert.Equal(0, Parksitegen.Run("build", site, "--out", temp["clean"], "--no-search").ExitCode);
        Assert.Empty(Tree.Differences(temp["clean"], output));
        Assert.False(File.Exists(Path.Combine(state, "previous.incomplete")));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("pages/../../escape.html")]
    [InlineData("pages/..")]
    [InlineData(@"pages\..\..\escape.html")]
    [InlineData("/tmp/escape.html")]
    [InlineData("")]
    public void Nothing_is_written_outside_the_output_folder(string relativePath)
    {
        using var temp = new TempDir();
        using var trees = ParkSiteGen.Output.SiteTrees.Open(temp["public"], clean: false);
        using var folder = trees.BeginUpdate();

        var error = Assert.Throws<InvalidOperationException>(() => folder.Write(relativePath, "x"u8));
        Assert.Contains("outside the output folder", error.Message);
        Assert.Throws<InvalidOperationException>(() => folder.CopyFile(relativePath, Path.Combine(Repo.Root, "README.md")));
        folder.Write("pages/..index/a..b/index.html", "names with dots stay inside"u8);
        folder.Flush();
        Assert.Equal(["index.html"], Directory.GetFiles(folder.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
        Assert.Empty(Directory.GetFiles(temp.Path, "escape.html", SearchOption.AllDirectories));
    }
}
