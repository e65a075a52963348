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
/// site model -> render what changed since the last build into the tree beside the published one -> index it for
/// search -> swap it in. Any error stops the build before the swap. `check` and `serve` run the same stages
/// (<see cref="Prepare"/>, <see cref="SiteFeatures"/>), into memory.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var timings = options.Timings ?? new BuildTimings();
        SiteTrees trees;
        try
        {
            trees = SiteTrees.Open(options.OutDir, options.Clean);
        }
        catch (OutputBusyException e)
        {
            diagnostics.Error("output-busy", null, e.Message, hint: "two builds of one output folder cannot run at once");
            return new BuildResult(false, diagnostics.Sorted(), sources, 0, 0, clock.Elapsed);
        }

        using (trees)
        {
            var result = Build(options, trees, diagnostics, sources, timings);
            return result with { Elapsed = clock.Elapsed };
        }
    }

    private static BuildResult Build(BuildOptions options, SiteTrees trees, DiagnosticBag diagnostics, SourceTexts sources, BuildTimings timings)
    {
        var shippedThemes = Path.Combine(AppContext.BaseDirectory, "themes");
        var startedAt = DateTime.UtcNow.Ticks;
        Task<InputStamps> stamps;
        BuildRecord? last;
        using (timings.Stage("what changed"))
        {
            // Without a record to compare with (a first or clean build), the stamps are only kept for the next build:
            // they are taken while the content loads.
            last = trees.PublishedIsExact ? BuildRecord.FromBytes(trees.PublishedRecord) : null;
            var comparable = last is not null && last.Key == BuildRecord.KeyOf(options, options.BaseUrl);
            stamps = comparable
                ? Task.FromResult(InputStamps.Take(options.SiteDir, [shippedThemes], startedAt))
                : Task.Run(() => InputStamps.Take(options.SiteDir, [shippedThemes], startedAt));
            if (comparable && last!.Inputs.Unchanged(stamps.Result))
            {
                return UpToDate(options, last, diagnostics, sources);
            }
        }

        var prepared = Prepare(options, diagnostics, sources);
        if (prepared is null)
        {
            stamps.Wait(); // nothing of the build may run on after it
            return Failed(diagnostics, sources);
        }

        var (model, theme) = prepared;
        var fingerprints = Fingerprints.Take(BuildRecord.KeyOf(options, model.Urls.BaseUrl), sources, Theme.Locate(options.SiteDir, model.Site.Theme));
        var renderer = new SiteRenderer(model, theme, SiteFeatures.PageKinds) { MaxParallelism = options.MaxParallelism };
        var recordOf = last?.Units ?? new Dictionary<string, BuildRecord.Unit>();
        using var writer = trees.BeginUpdate();
        var units = new UnitRenderer(renderer, writer, fingerprints, stamps.GetAwaiter().GetResult(), recordOf);
        using (timings.Stage("render pages"))
        {
            units.RenderChanged(options.MaxParallelism != 1, timings);
        }

        using (timings.Stage("assets, media"))
        {
            units.CopyMedia();
        }

        using (timings.Stage("finish writing"))
        {
            writer.Flush();
        }

        if (options.Search && !units.Diagnostics.HasErrors)
        {
            // The index is part of the site: it is built in the tree being prepared and published with it.
            using var stage = timings.Stage("search index");
            units.IndexForSearch(options.SiteDir);
        }

        foreach (var found in units.Diagnostics.Sorted())
        {
            diagnostics.Add(found);
        }

        if (Blocked(diagnostics, options.Strict))
        {
            return Failed(diagnostics, sources);
        }

        using (timings.Stage("publish (swap)"))
        {
            var record = new BuildRecord
            {
                Key = BuildRecord.KeyOf(options, options.BaseUrl),
                Inputs = stamps.Result,
                Units = units.Records,
                Diagnostics = diagnostics.Sorted(),
                PageCount = model.Pages.Count + 1,
            };
            trees.Publish(writer, record.ToBytes());
        }

        return new BuildResult(true, diagnostics.Sorted(), sources, model.Pages.Count + 1, writer.FileCount, TimeSpan.Zero)
        {
            Written = units.Rendered,
            Kept = units.Kept,
        };
    }

    /// <summary>Nothing the build reads has changed since the published site was built: it is the right one as it
    /// is. What that build reported is reported again (with --strict, its warnings still fail the build).</summary>
    private static BuildResult UpToDate(BuildOptions options, BuildRecord last, DiagnosticBag diagnostics, SourceTexts sources)
    {
        foreach (var found in last.Diagnostics)
        {
            diagnostics.Add(found);
            if (found.Location is { File: var file } && File.Exists(Path.Combine(options.SiteDir, file)))
            {
                sources.Remember(file, File.ReadAllText(Path.Combine(options.SiteDir, file)));
            }
        }

        var ok = !Blocked(diagnostics, options.Strict);
        return new BuildResult(ok, diagnostics.Sorted(), sources, ok ? last.PageCount : 0, 0, TimeSpan.Zero) { UpToDate = ok };
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, SourceTexts sources) =>
        new(false, diagnostics.Sorted(), sources, 0, 0, TimeSpan.Zero);

    /// <summary>What the render stages produced, for callers that look at the result (check).</summary>
    public sealed record Rendered(SiteModel Model, int FileCount);

    /// <summary>The model and theme a build renders from.</summary>
    public sealed record Prepared(SiteModel Model, Theme Theme);

    /// <summary>Load and validate the content (and, meanwhile, the theme), and build the site model. Null when an
    /// earlier stage stopped the build.</summary>
    public static Prepared? Prepare(BuildOptions options, DiagnosticBag diagnostics, SourceTexts sources)
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
        return theme is null || Blocked(diagnostics, options.Strict) ? null : new Prepared(model, theme);
    }

    /// <summary>Every page and file of the site into <paramref name="output"/> (check builds into memory). Null when
    /// an earlier stage stopped the build.</summary>
    public static Rendered? Render(BuildOptions options, DiagnosticBag diagnostics, SourceTexts sources, Func<ISiteOutput> openOutput)
    {
        if (Prepare(options, diagnostics, sources) is not { } prepared)
        {
            return null;
        }

        var output = openOutput();
        var renderer = new SiteRenderer(prepared.Model, prepared.Theme, SiteFeatures.PageKinds) { MaxParallelism = options.MaxParallelism };
        renderer.WritePages(SiteRenderer.RenderOrder(prepared.Model.Pages), output, _ => diagnostics);
        SiteFeatures.WriteFiles(renderer, output, _ => diagnostics);

        renderer.WriteMedia(output);
        return new Rendered(prepared.Model, output.FileCount);
    }

    /// <summary>Errors stop a build; with --strict, warnings do too.</summary>
    private static bool Blocked(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.WarningCount > 0);
}
