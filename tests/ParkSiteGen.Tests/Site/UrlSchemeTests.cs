using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Tests.Site;

/// <summary>Where pages live: a site path and its output file, both ways (the build writes the file, the preview names
/// the page that changed, the preview's server finds the file), and the park a path belongs to.</summary>
public class UrlSchemeTests
{
    public static TheoryData<string> SitePaths()
    {
        var data = new TheoryData<string>();
        PageKey[] keys = [PageKey.Home, PageKey.Directory, PageKey.Profile("x"), PageKey.Bulletin("x", 2021), PageKey.IndicatorIndex,
            PageKey.Indicator("tax_revenue"), PageKey.Search, PageKey.Data, PageKey.NotFound];
        foreach (var language in Language.Supported)
        {
            data.AddRange([.. keys.Select(k => UrlScheme.PathOf(k, language))]);
            data.Add(UrlScheme.FeedPath(language));
        }

        data.AddRange("/", UrlScheme.SitemapPath, UrlScheme.RobotsPath, "/404.html", UrlScheme.ParkDataFile("x", "csv"), UrlScheme.MediaPath("parks/x/images/gate.png"));
        return data;
    }

    [Theory]
    [MemberData(nameof(SitePaths))]
    public void A_site_path_and_its_output_file_lead_to_each_other(string sitePath) =>
        Assert.Equal(sitePath, UrlScheme.SitePathOf(UrlScheme.OutputFile(sitePath)));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/zh/parks/x/", "zh/parks/x/index.html")]
    [InlineData("/zh/404.html", "zh/404.html")]
    [InlineData("/media/parks/x/images/myindex.html", "media/parks/x/images/myindex.html")]
    public void A_folder_is_served_from_its_index(string sitePath, string outputFile)
    {
        Assert.Equal(outputFile, UrlScheme.OutputFile(sitePath));
        Assert.Equal(sitePath, UrlScheme.SitePathOf(outputFile));
    }

    [Theory]
    [InlineData("/zh/parks/x/", "x")]
    [InlineData("/en/parks/x/2021/", "x")]
    [InlineData("/zh/parks/", null)]
    [InlineData("/zh/", null)]
    [InlineData("/", null)]
    [InlineData("/zh/indicators/parks/", null)]
    [InlineData("/data/parks/x.csv", null)]
    public void A_park_page_is_found_by_its_slug(string sitePath, string? slug) =>
        Assert.Equal(slug, UrlScheme.ParkSlugOf(sitePath));
}
