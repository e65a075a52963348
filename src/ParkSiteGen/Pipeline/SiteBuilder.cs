using System.Diagnostics;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>The build, one way, stage by stage: load and validate content (and, meanwhile, the theme) -> build the
/// site model -> render every page into a staging folder -> index it for search -> swap it in. Any error stops the
/// build before the swap.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var timings = options.Timings ?? new BuildTimings();
        OutputFolder? folder = null;
        try
        {
            var rendered = Render(options, diagnostics, sources, () => folder = OutputFolder.Begin(options.OutDir));
            if (rendered is not null)
            {
                using var stage = timings.Stage("finish writing");
                folder!.Flush();
            }

            if (rendered is not null && options.Search && !diagnostics.HasErrors)
            {
                // The index is part of the site: it is built in the staging folder and published with it.
                using var stage = timings.Stage("search index");
                Search.SearchIndexer.Run(folder!.Staging, options.SiteDir, diagnostics);
            }

            var ok = rendered is not null && !Blocked(diagnostics, options.Strict);
            if (ok)
            {
                using var stage = timings.Stage("publish (swap)");
                folder!.Commit();
            }

            return new BuildResult(ok, diagnostics.Sorted(), sources, ok ? rendered!.Model.Pages.Count + 1 : 0, ok ? rendered!.FileCount : 0, clock.Elapsed);
        }
        finally
        {
            folder?.Dispose();
        }
    }

    /// <summary>What the render stages produced, for callers that look at the result (check).</summary>
    public sealed record Rendered(SiteModel Model, int FileCount);

    /// <summary>Load, model, theme and render into the output <paramref name="openOutput"/> gives (opened only
    /// once the content is known to be good). Null when an earlier stage stopped the build.</summary>
    public static Rendered? Render(BuildOptions options, DiagnosticBag diagnostics, SourceTexts sources, Func<ISiteOutput> openOutput)
    {
        var timings = options.Timings ?? new BuildTimings();
        ContentSet? content;
        Task<Theme?>? loadingTheme = null;
        using (timings.Stage("load content"))
        {
            var global = ContentLoader.LoadGlobal(options.SiteDir, diagnostics, sources);
            if (global.Site is { } site)
            {
                // The theme needs only site.yml: it loads on another thread while the parks are read.
                loadingTheme = Task.Run(() =>
                {
                    using var stage = timings.Alongside("theme", "load content");
                    return Theme.Load(options.SiteDir, site, diagnostics, sources);
                });
            }

            content = ContentLoader.Load(global, diagnostics, sources, options.MaxParallelism);
        }

        if (content is null)
        {
            loadingTheme?.GetAwaiter().GetResult(); // its problems are listed too, and none arrive after the build ends
            return null;
        }

        SiteModel model;
        using (timings.Stage("site model"))
        {
            model = SiteModelBuilder.Build(content, options.BaseUrl ?? content.Site.BaseUrl, options.IncludeDrafts, diagnostics);
            _ = model.Pages; // the page list is built lazily: count it here, not in the render stage
        }

        var theme = loadingTheme!.GetAwaiter().GetResult();
        if (theme is null || Blocked(diagnostics, options.Strict))
        {
            return null;
        }

        var files = new SiteRenderer(model, theme) { MaxParallelism = options.MaxParallelism }.WriteAll(openOutput(), diagnostics, timings);
        return new Rendered(model, files);
    }

    /// <summary>Errors stop a build; with --strict, warnings do too.</summary>
    private static bool Blocked(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.WarningCount > 0);
}
