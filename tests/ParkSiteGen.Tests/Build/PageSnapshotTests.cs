using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>Every page type in both languages, compared with its reviewed snapshot.</summary>
[Collection(FixtureSiteCollection.Name)]
public class PageSnapshotTests(FixtureSiteBuild site)
{
    [Theory]
    [InlineData("zh", "home", "/zh/")]
    [InlineData("en", "home", "/en/")]
    [InlineData("zh", "directory", "/zh/parks/")]
    [InlineData("en", "directory", "/en/parks/")]
    [InlineData("zh", "profile", "/zh/parks/alpha-edz/")]
    [InlineData("en", "profile", "/en/parks/alpha-edz/")]
    [InlineData("zh", "bulletin", "/zh/parks/alpha-edz/2021/")]
    [InlineData("en", "bulletin", "/en/parks/alpha-edz/2021/")]
    [InlineData("zh", "bulletin-with-targets-met", "/zh/parks/alpha-edz/2022/")]
    [InlineData("zh", "bulletin-units", "/zh/parks/beta-etdz/2023/")]
    [InlineData("en", "bulletin-units", "/en/parks/beta-etdz/2023/")]
    [InlineData("zh", "indicators", "/zh/indicators/")]
    [InlineData("en", "indicator", "/en/indicators/total_revenue/")]
    [InlineData("zh", "search", "/zh/search/")]
    [InlineData("en", "data", "/en/data/")]
    public void Page_matches_its_snapshot(string language, string kind, string path) =>
        Snapshot.Verify(site.Page(path), $"{kind}.{language}", "html");

    [Fact]
    public void Root_redirect_matches_its_snapshot() =>
        Snapshot.Verify(File.ReadAllText(Path.Combine(site.Output, "index.html")), "root-redirect", "html");

    [Theory]
    [InlineData("zh/404.html", "not-found.zh", "html")]
    [InlineData("en/feed.xml", "feed.en", "xml")]
    [InlineData("sitemap.xml", "sitemap", "xml")]
    [InlineData("robots.txt", "robots", "txt")]
    [InlineData("data/parks/alpha-edz.csv", "data.alpha-edz", "csv")]
    public void Site_file_matches_its_snapshot(string path, string name, string extension) =>
        Snapshot.Verify(File.ReadAllText(Path.Combine(site.Output, path)), name, extension);
}
