using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Templates;

/// <summary>The fast path is held to Scriban's interpreter: every page of the sample and fixture sites comes out the
/// same both ways, and none of them needs the interpreter.</summary>
public class CompiledTemplateTests
{
    [Theory]
    [InlineData("sample")]
    [InlineData("basic-site")]
    [InlineData("check-problems")]
    public void Every_page_renders_the_same_through_the_fast_path_and_the_interpreter(string site)
    {
        var siteDir = site == "sample" ? Repo.Root : Repo.Fixture(site);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(siteDir, diagnostics, new SourceTexts()) ?? throw new InvalidOperationException(site);
        var model = SiteModelBuilder.Build(content, content.Site.BaseUrl, includeDrafts: true, diagnostics, ParkSiteGen.Pipeline.SiteFeatures.SitePages);
        var theme = Theme.Load(siteDir, content.Site, diagnostics, new SourceTexts()) ?? throw new InvalidOperationException(site);
        Assert.Equal(Theme.Layouts.Order(), theme.Templates.CompiledLayouts.Order());
        var renderer = new SiteRenderer(model, theme, ParkSiteGen.Pipeline.SiteFeatures.PageKinds);
        using var buffer = new PageBuffer();

        foreach (var page in model.Pages)
        {
            theme.Templates.InterpretOnly = false;
            Assert.NotNull(renderer.RenderPage(page, buffer, new DiagnosticBag()));
            var fast = buffer.ToString();
            theme.Templates.InterpretOnly = true;
            Assert.NotNull(renderer.RenderPage(page, buffer, new DiagnosticBag()));
            Assert.Equal(buffer.ToString(), fast);
        }

        Assert.Equal(0, theme.Templates.HandedOver);
    }
}
