using ParkSiteGen.Preview;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Preview;

/// <summary>The preview's in-memory site: an edit re-renders only what shows it, and errors keep the last good pages.</summary>
public class LiveSiteTests
{
    private static (TempDir Temp, string Site, LiveSite Live) Start()
    {
        var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var live = new LiveSite(site, includeDrafts: true, new Uri("http://127.0.0.1:1313/"));
        Assert.False(live.BuildAll().HasErrors);
        return (temp, site, live);
    }

    [Fact]
    public void Editing_a_bulletin_rerenders_only_the_pages_that_show_that_park()
    {
        var (temp, site, live) = Start();
        using var _ = temp;
        var file = Path.Combine(site, "content/parks/beta-etdz/2023/bulletin.en.md");
        File.AppendAllText(file, "\nA sentence added in the preview.\n");

        var update = live.Apply([file]);

        Assert.False(update.HasErrors);
        Assert.Contains("A sentence added in the preview.", live.Output.Text("en/parks/beta-etdz/2023/index.html"));
        Assert.Equal(["/en/parks/beta-etdz/2023/"], update.ChangedPaths);
    }

    [Fact]
    public void A_title_change_reaches_every_page_that_lists_the_bulletin()
    {
        var (temp, site, live) = Start();
        using var _ = temp;
        var file = Path.Combine(site, "content/parks/beta-etdz/2023/bulletin.zh.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: 2023年度发展回顾", "title: 2023年度回顾（修订）"));

        var update = live.Apply([file]);

        Assert.Contains("/zh/parks/beta-etdz/2023/", update.ChangedPaths);
        Assert.Contains("/zh/parks/beta-etdz/", update.ChangedPaths);
        Assert.Contains("/zh/", update.ChangedPaths);
        Assert.DoesNotContain(update.ChangedPaths, p => p.Contains("alpha-edz", StringComparison.Ordinal));
        Assert.Contains("2023年度回顾（修订）", live.Output.Text("zh/index.html"));
    }

    [Fact]
    public void An_error_keeps_the_last_good_pages_and_a_fix_clears_it()
    {
        var (temp, site, live) = Start();
        using var _ = temp;
        var data = Path.Combine(site, "content/parks/alpha-edz/2021/data.yml");
        var good = File.ReadAllText(data);
        var before = live.Output.Text("en/parks/alpha-edz/2021/index.html");

        File.WriteAllText(data, good.Replace("  tax_revenue: { value: 8.7", "  tax_revenu: { value: 8.7"));
        var broken = live.Apply([data]);

        Assert.True(broken.HasErrors);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("content/parks/alpha-edz/2021/data.yml", error.Location?.File);
        Assert.Equal(3, error.Location?.Line);
        Assert.Empty(broken.ChangedPaths);
        Assert.Equal(before, live.Output.Text("en/parks/alpha-edz/2021/index.html"));

        File.WriteAllText(data, good);
        var fixedUpdate = live.Apply([data]);

        Assert.False(fixedUpdate.HasErrors);
        Assert.DoesNotContain(live.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_new_year_appears_and_a_deleted_one_disappears()
    {
        var (temp, site, live) = Start();
        using var _ = temp;
        var folder = Path.Combine(site, "content/parks/beta-etdz/2025");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "data.yml"), "indicators:\n  investment_attracted: 140\n");
        live.Apply([Path.Combine(folder, "data.yml")]);
        Assert.NotNull(live.Output.Find("en/parks/beta-etdz/2025/index.html"));

        Directory.Delete(folder, recursive: true);
        var update = live.Apply([folder]);

        Assert.Null(live.Output.Find("en/parks/beta-etdz/2025/index.html"));
        Assert.Contains("/en/parks/beta-etdz/2025/", update.ChangedPaths);
    }

    [Fact]
    public void Drafts_show_in_the_preview_marked_draft()
    {
        var (temp, _, live) = Start();
        using var __ = temp;
        Assert.Contains("draft-banner", live.Output.Text("zh/parks/beta-etdz/2024/index.html"));
    }

    [Fact]
    public void Changing_the_theme_rerenders_every_page()
    {
        var (temp, site, live) = Start();
        using var _ = temp;
        var theme = Path.Combine(site, "themes/default");
        TempDir.CopyTree(Path.Combine(Repo.Root, "themes/default"), theme);
        live.BuildAll();
        var i18n = Path.Combine(theme, "i18n/en.yml");
        File.WriteAllText(i18n, File.ReadAllText(i18n).Replace("nav_parks: Parks", "nav_parks: All parks"));

        var update = live.Apply([i18n]);

        Assert.Equal(["*"], update.ChangedPaths);
        Assert.Contains(">All parks<", live.Output.Text("en/parks/alpha-edz/index.html"));
    }
}
