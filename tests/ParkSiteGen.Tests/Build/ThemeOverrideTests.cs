using ParkSiteGen.Preview;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>A site's themes/&lt;name&gt;/ holds only the files it changes; everything else comes from the default
/// theme shipped with ParkSiteGen (Hugo's and Zola's lookup order). Template mistakes are placed in `check` and in
/// the preview as in `build`.</summary>
public class ThemeOverrideTests
{
    private static string Default(string relative) => File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", relative));

    private static void Write(string site, string relative, string text)
    {
        var path = Path.Combine(site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void One_layout_of_its_own_changes_that_layout_and_nothing_else()
    {
        using var temp = new TempDir();
        var plain = temp.CopySite("basic-site");
        Assert.Equal(0, Parksitegen.Run("build", plain, "--out", temp["plain"], "--no-search").ExitCode);
        var site = Path.Combine(temp.Path, "own");
        TempDir.CopyTree(plain, site);
        Write(site, "themes/default/layouts/profile.sbn-html", Default("layouts/profile.sbn-html").Replace("<h1>{{ page.heading }}</h1>", "<h1 class=\"own\">{{ page.heading }}</h1>"));

        var result = Parksitegen.Run("build", site, "--out", temp["own-public"], "--no-search");

        Assert.True(result.ExitCode == 0, result.ToString());
        var profile = File.ReadAllText(Path.Combine(temp["own-public"], "en/parks/alpha-edz/index.html"));
        Assert.Contains("<h1 class=\"own\">", profile);
        // The marker names the tree's content (SiteTrees), so it differs whenever anything does.
        var changed = Tree.Differences(temp["own-public"], temp["plain"]).Where(f => f != "differs: .parksitegen").ToList();
        Assert.NotEmpty(changed);
        Assert.All(changed, f => Assert.Matches(@"^differs: (zh|en)/parks/[a-z-]+/index\.html$", f));
    }

    [Fact]
    public void A_theme_of_another_name_takes_a_partial_some_texts_and_a_stylesheet_and_the_rest_from_the_default()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var siteYml = Path.Combine(site, "content/site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("theme: default", "theme: civic"));
        Write(site, "themes/civic/partials/footer.sbn-html", "<footer class=\"civic\">{{ page.footer.generator }}</footer>\n");
        Write(site, "themes/civic/i18n/en.yml", "nav_parks: All the parks\n");
        Write(site, "themes/civic/assets/site.css", "body { font-size: 125%; }\n");

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");

        Assert.True(result.ExitCode == 0, result.ToString());
        var en = File.ReadAllText(Path.Combine(temp["public"], "en/index.html"));
        var zh = File.ReadAllText(Path.Combine(temp["public"], "zh/index.html"));
        Assert.Contains("<footer class=\"civic\">", en);
        Assert.Contains(">All the parks<", en);
        Assert.DoesNotContain("All the parks", zh);
        Assert.Contains("<header class=\"site-header\">", en);
        var css = Assert.Single(Directory.GetFiles(Path.Combine(temp["public"], "assets"), "site.*.css"));
        Assert.Equal("body { font-size: 125%; }\n", File.ReadAllText(css));
        Assert.Single(Directory.GetFiles(Path.Combine(temp["public"], "assets"), "search.*.js"));
    }

    [Fact]
    public void A_handlebars_file_left_in_a_site_theme_is_an_error_not_ignored()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Write(site, "themes/default/layouts/home.hbs", "<h1>{{Heading}}</h1>\n");

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error[template-error]: themes/default/layouts/home.hbs: ParkSiteGen's themes are Scriban templates now", result.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }

    [Fact]
    public void Check_places_a_template_mistake_as_build_does()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Write(site, "themes/default/partials/bulletin-item.sbn-html", Default("partials/bulletin-item.sbn-html").Replace("{{ date }}", "{{ dat }}"));

        var result = Parksitegen.Run("check", site);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error[template-error]: themes/default/partials/bulletin-item.sbn-html:1:", result.Stderr + result.Stdout);
        Assert.Contains("there is no variable 'dat'; did you mean 'date'?", result.Stderr + result.Stdout);
    }

    [Fact]
    public void The_preview_places_a_template_mistake_and_a_fix_clears_it()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var layout = Path.Combine(site, "themes/default/layouts/bulletin.sbn-html");
        var good = Default("layouts/bulletin.sbn-html");
        Write(site, "themes/default/layouts/bulletin.sbn-html", good);
        var live = new LiveSite(site, includeDrafts: true, new Uri("http://127.0.0.1:1313/"));
        Assert.False(live.BuildAll().HasErrors);

        File.WriteAllText(layout, good.Replace("{{ page.summary }}", "{{ page.sumary }}"));
        var broken = live.Apply([layout]);

        Assert.True(broken.HasErrors);
        var error = Assert.Single(broken.Diagnostics.Where(d => d.IsError).DistinctBy(d => d.Message));
        Assert.Equal("themes/default/layouts/bulletin.sbn-html", error.Location?.File);
        Assert.Equal(13, error.Location?.Line);
        Assert.Contains("did you mean 'summary'?", error.Message);

        File.WriteAllText(layout, good);
        Assert.False(live.Apply([layout]).HasErrors);
        Assert.DoesNotContain(live.Diagnostics, d => d.IsError);
    }
}
