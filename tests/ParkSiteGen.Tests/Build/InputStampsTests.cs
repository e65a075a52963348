using ParkSiteGen.Pipeline;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>Which parks a rebuild may take from the last build's record instead of reading them
/// (<see cref="InputStamps.ParksUnchangedSince"/>): those whose files all kept their length and time, none of them
/// recorded too close to the walk, and none when anything else in content/ changed.</summary>
public class InputStampsTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddDays(-1);

    private static readonly string[] Files =
    [
        "content/site.yml", "content/indicators.yml",
        "content/parks/alpha/park.yml", "content/parks/alpha/2021/data.yml", "content/parks/alpha/2021/bulletin.zh.md",
        "content/parks/beta/park.yml", "content/parks/beta/profile.zh.md",
        "themes/default/partials/footer.sbn-html",
    ];

    private static string Site(TempDir temp)
    {
        foreach (var file in Files)
        {
            Write(temp, file, "text");
        }

        return temp["site"];
    }

    private static void Write(TempDir temp, string file, string text, DateTime? time = null)
    {
        var path = Path.Combine(temp["site"], file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, time ?? LongAgo);
    }

    private static InputStamps Walk(string site) => InputStamps.Take(site, [], DateTime.UtcNow.Ticks);

    [Fact]
    public void Parks_whose_files_kept_their_stamps_are_unchanged()
    {
        using var temp = new TempDir();
        var site = Site(temp);
        Assert.Equal(["alpha", "beta"], Walk(site).ParksUnchangedSince(Walk(site)).Order());
    }

    [Theory]
    [InlineData("content/parks/alpha/2021/bulletin.zh.md", "longer text")] // changed
    [InlineData("content/parks/alpha/2022/data.yml", "new")] // added
    [InlineData("content/parks/alpha/images/gate.png", "new")] // added, not read as text but published
    public void A_park_with_a_file_changed_or_added_is_read_again(string file, string text)
    {
        using var temp = new TempDir();
        var site = Site(temp);
        var last = Walk(site);
        Write(temp, file, text, LongAgo.AddMinutes(1));
        Assert.Equal(["beta"], Walk(site).ParksUnchangedSince(last));
    }

    [Fact]
    public void A_park_with_a_file_deleted_is_read_again()
    {
        using var temp = new TempDir();
        var site = Site(temp);
        var last = Walk(site);
        File.Delete(Path.Combine(site, "content/parks/beta/profile.zh.md"));
        Assert.Equal(["alpha"], Walk(site).ParksUnchangedSince(last));
    }

    [Fact]
    public void A_file_written_within_2_s_of_the_walk_that_recorded_it_is_never_trusted()
    {
        using var temp = new TempDir();
        var site = Site(temp);
        File.SetLastWriteTimeUtc(Path.Combine(site, "content/parks/alpha/park.yml"), DateTime.UtcNow.AddSeconds(-1));
        var last = Walk(site);
        Assert.Equal(["beta"], Walk(site).ParksUnchangedSince(last));
    }

    [Theory]
    [InlineData("content/indicators.yml")]
    [InlineData("content/site.yml")]
    public void A_change_to_what_every_park_is_read_against_means_every_park_is_read_again(string file)
    {
        using var temp = new TempDir();
        var site = Site(temp);
        var last = Walk(site);
        Write(temp, file, "changed", LongAgo.AddMinutes(1));
        Assert.Empty(Walk(site).ParksUnchangedSince(last));
    }

    [Fact]
    public void A_theme_change_reads_no_park_again()
    {
        using var temp = new TempDir();
        var site = Site(temp);
        var last = Walk(site);
        Write(temp, "themes/default/partials/footer.sbn-html", "changed", LongAgo.AddMinutes(1));
        Assert.Equal(["alpha", "beta"], Walk(site).ParksUnchangedSince(last).Order());
    }
}
