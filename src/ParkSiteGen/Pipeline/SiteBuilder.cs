using System.Diagnostics;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>The build, one way, stage by stage: load and validate content -> build the site model -> load the
/// theme -> render every page into a staging folder -> swap it in. Any error stops the build before the swap.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        BuildResult Finish(bool ok, int pages = 0, int files = 0) =>
            new(ok, diagnostics.Sorted(), sources, pages, files, clock.Elapsed);

        var content = ContentLoader.Load(options.SiteDir, diagnostics, sources);
        if (content is null)
        {
            return Finish(false);
        }

        var model = SiteModelBuilder.Build(content, options.BaseUrl ?? content.Site.BaseUrl, options.IncludeDrafts, diagnostics);
        var theme = Theme.Load(options.SiteDir, content.Site, new HandlebarsTemplateEngine(), diagnostics, sources);
        if (theme is null || Blocked(diagnostics, options.Strict))
        {
            return Finish(false);
        }

        using var output = OutputFolder.Begin(options.OutDir);
        var written = new SiteRenderer(model, theme).WriteAll(output, diagnostics);
        if (Blocked(diagnostics, options.Strict))
        {
            return Finish(false);
        }

        output.Commit();
        return Finish(true, model.Pages.Count + 1, written);
    }

    /// <summary>Errors stop a build; with --strict, warnings do too.</summary>
    private static bool Blocked(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.WarningCount > 0);
}
