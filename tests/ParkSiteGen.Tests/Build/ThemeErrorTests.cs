using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>A site's own theme with a mistake: the build names the template file, line and column, says what is
/// wrong, publishes nothing, and prints no stack trace.</summary>
public class ThemeErrorTests
{
    [Theory]
    [InlineData("layouts/bulletin.sbn-html", "<h1>{{ page.heading }}</h1>", "<h1>{{ page.headin }}</h1>", "themes/default/layouts/bulletin.sbn-html:10:13", "there is no 'headin' here; did you mean 'heading'?")]
    [InlineData("layouts/bulletin.sbn-html", "<h1>{{ page.heading }}</h1>", "<h1>{{ pag.heading }}</h1>", "themes/default/layouts/bulletin.sbn-html:10:8", "there is no variable 'pag'; did you mean 'page'?")]
    [InlineData("layouts/bulletin.sbn-html", "data-pagefind-body{{ end }}>", "data-pagefind-body>", "themes/default/layouts/bulletin.sbn-html:72:1", "The <end> statement was not found")]
    [InlineData("partials/table.sbn-html", "<caption id=\"{{ id }}-caption\">", "<caption id=\"{{ id }-caption\">", "themes/default/partials/table.sbn-html:3:20", "Invalid token found `}`")]
    [InlineData("layouts/profile.sbn-html", "{{~ include 'header' ~}}", "{{~ include 'heder' ~}}", "themes/default/layouts/profile.sbn-html:7:13", "there is no partial 'heder' (partials/heder.sbn-html); did you mean 'header'?")]
    [InlineData("partials/footer.sbn-html", "{{ generator }}", "{{ generater }}", "themes/default/partials/footer.sbn-html:14:27", "there is no variable 'generater'; did you mean 'generator'?")]
    public void A_template_mistake_is_reported_where_it_is(string file, string find, string replace, string where, string message)
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var theme = Path.Combine(site, "themes", "default");
        TempDir.CopyTree(Path.Combine(Repo.Root, "themes", "default"), theme);
        var path = Path.Combine(theme, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text);
        File.WriteAllText(path, text.Replace(find, replace));

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error[template-error]: {where}: ", result.Stderr);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }
}
