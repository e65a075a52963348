using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>A site's own theme with a mistake: the build names the template file, line and column, says what is
/// wrong, publishes nothing, and prints no stack trace.</summary>
public class ThemeErrorTests
{
    [Theory]
    [InlineData("layouts/bulletin.hbs", "<h1>{{Heading}}</h1>", "<h1>{{Headin}}</h1>", "themes/default/layouts/bulletin.hbs:10:5", "has no 'Headin'; did you mean 'Heading'?")]
    [InlineData("layouts/bulletin.hbs", "data-pagefind-body{{/if}}>", "data-pagefind-body>", "themes/default/layouts/bulletin.hbs:8:30", "{{#if}} is never closed")]
    [InlineData("partials/table.hbs", "<caption id=\"{{Id}}-caption\">", "<caption id=\"{{Id}-caption\">", "themes/default/partials/table.hbs:3:14", "not closed by }}")]
    [InlineData("layouts/profile.hbs", "{{> header}}", "{{> heder}}", "themes/default/layouts/profile.hbs:7:1", "there is no partial 'heder'")]
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
