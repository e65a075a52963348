using Xunit.Sdk;

namespace ParkSiteGen.Tests.Support;

/// <summary>The snapshot helper itself: it must fail on a difference and leave the received file to review.</summary>
public class SnapshotTests
{
    [Fact]
    public void A_difference_fails_with_a_diff_and_writes_the_received_file()
    {
        using var temp = new TempDir();
        var testFile = temp["FakeTests.cs"];
        File.WriteAllText(temp["FakeTests.page.verified.txt"], "line one\nline two\nline three\n");

        var failure = Assert.Throws<XunitException>(() => Snapshot.Verify("line one\nline 2\nline three\n", "page", "txt", testFile));

        Assert.Contains("- line two", failure.Message);
        Assert.Contains("+ line 2", failure.Message);
        Assert.Equal("line one\nline 2\nline three\n", File.ReadAllText(temp["FakeTests.page.received.txt"]));
    }

    [Fact]
    public void A_missing_snapshot_fails_and_a_match_passes_and_clears_the_received_file()
    {
        using var temp = new TempDir();
        var testFile = temp["FakeTests.cs"];
        Assert.Throws<XunitException>(() => Snapshot.Verify("new", "page", "txt", testFile));
        Assert.True(File.Exists(temp["FakeTests.page.received.txt"]));

        File.WriteAllText(temp["FakeTests.page.verified.txt"], "new");
        Snapshot.Verify("new", "page", "txt", testFile);
        Assert.False(File.Exists(temp["FakeTests.page.received.txt"]));
    }

    [Fact]
    public void Line_endings_do_not_count_as_a_difference()
    {
        using var temp = new TempDir();
        File.WriteAllText(temp["FakeTests.page.verified.txt"], "a\r\nb\r\n");
        Snapshot.Verify("a\nb\n", "page", "txt", temp["FakeTests.cs"]);
    }
}
