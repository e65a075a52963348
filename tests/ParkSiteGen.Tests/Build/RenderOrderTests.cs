using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Pipeline;
using ParkSiteGen.Rendering;
using ParkSiteGen.Site;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>The order a build renders its pages in (it decides how soon every kind of page has run, not what is
/// written: DeterminismTests compare the bytes).</summary>
public class RenderOrderTests
{
    [Fact]
    public void Every_page_renders_once_the_parks_pages_first()
    {
        var diagnostics = new DiagnosticBag();
        var rendered = SiteBuilder.Render(new BuildOptions(Repo.Root, ""), diagnostics, new SourceTexts(), new MemoryOutput());
        Assert.True(rendered is not null, string.Join("\n", diagnostics.Sorted()));
        var pages = rendered.Model.Pages;
        var order = SiteRenderer.RenderOrder(pages);

        Assert.Equal(pages.Count, order.Count);
        Assert.True(new HashSet<Page>(pages, ReferenceEqualityComparer.Instance).SetEquals(order));

        // Parks' pages, then the site's, each group in the model's order.
        var firstSitePage = order.ToList().FindIndex(p => p.Key.IsSitePage);
        Assert.True(firstSitePage > 0);
        Assert.All(order.Skip(firstSitePage), p => Assert.True(p.Key.IsSitePage, p.Path));
        Assert.Equal(pages.Where(p => !p.Key.IsSitePage), order.Take(firstSitePage), ReferenceEqualityComparer.Instance);
        Assert.Equal(pages.Where(p => p.Key.IsSitePage), order.Skip(firstSitePage), ReferenceEqualityComparer.Instance);

        // The parks' pages in the default language come first: the second language's follow them, near the middle of
        // a large site's list, where parallel rendering starts its second thread.
        Assert.Equal(rendered.Model.Site.DefaultLanguage, order[0].Language);
        Assert.False(order[0].Key.IsSitePage);
    }
}
