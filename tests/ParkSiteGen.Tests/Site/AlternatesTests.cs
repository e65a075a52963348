using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Site;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Site;

/// <summary>The hreflang alternates of a page, which its head and the sitemap both show: the versions that exist, then
/// x-default; none for a page in one language.</summary>
public class AlternatesTests
{
    private static readonly SiteModel Model = FixtureModel(new Uri("https://parks.example.org/portal/"));

    private static SiteModel FixtureModel(Uri baseUrl)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(Repo.Fixture("basic-site"), diagnostics, new SourceTexts()) ?? throw new InvalidOperationException("basic-site");
        return SiteModelBuilder.Build(content, baseUrl, includeDrafts: false, diagnostics, ParkSiteGen.Pipeline.SiteFeatures.SitePages);
    }

    [Fact]
    public void A_page_in_both_languages_has_both_and_the_default_as_x_default()
    {
        var alternates = Model.AlternatesOf(PageKey.Bulletin("alpha-edz", 2021));
        Assert.Equal(
            [new Alternate("zh-CN", "https://parks.example.org/portal/zh/parks/alpha-edz/2021/"), new Alternate("en", "https://parks.example.org/portal/en/parks/alpha-edz/2021/")],
            alternates.Versions);
        Assert.Equal(new Alternate("x-default", "https://parks.example.org/portal/zh/parks/alpha-edz/2021/"), alternates.XDefault);
    }

    [Fact]
    public void A_site_page_has_every_language() =>
        Assert.Equal(["zh-CN", "en"], Model.AlternatesOf(PageKey.Directory).Versions.Select(v => v.HrefLang));

    [Fact]
    public void A_page_in_one_language_has_none() // alpha-edz's 2022 bulletin has no English
    {
        Assert.Same(PageAlternates.None, Model.AlternatesOf(PageKey.Bulletin("alpha-edz", 2022)));
        Assert.Same(PageAlternates.None, Model.AlternatesOf(PageKey.Bulletin("alpha-edz", 1999)));
    }
}
