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
/// search -> swap it in. Any error stops the build before the swap. `check` and `serve` run the same engine
/// (<see cref="SiteEngine"/>), into memory.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var timings = options.Timings ?? new BuildTimings();

        // The inputs' stamps are walked while the published tree is looked at: two walks of the disk, on two threads.
        var startedAt = DateTime.UtcNow.Ticks;
        var stamps = Task.Run(() => InputStamps.Take(options.SiteDir, [Path.Combine(AppContext.BaseDirectory, "themes")], startedAt));
        SiteTrees trees;
        try
        {
            trees = SiteTrees.Open(options.OutDir, options.Clean);
        }
        catch (OutputBusyException e)
        {
            ((IAsyncResult)stamps).AsyncWaitHandle.WaitOne(); // nothing of the build may run on after it
            diagnostics.Error("output-busy", null, e.Message, hint: "two builds of one output folder cannot run at once");
            return new BuildResult(false, diagnostics.Sorted(), sources, 0, 0, clock.Elapsed);
        }

        using (trees)
        {
            var result = Build(options, trees, stamps, diagnostics, sources, timings);
            return result with { Elapsed = clock.Elapsed };
        }
    }

    private static BuildResult Build(BuildOptions options, SiteTrees trees, Task<InputStamps> stamps, DiagnosticBag diagnostics, SourceTexts sources, BuildTimings timings)
    {
        BuildRecord? last;
        var engine = new SiteEngine(options, sources);
        using (timings.Stage("what changed"))
        {
            // The last build's record is read while the published tree is still walked, and used only if the tree is as
            // that build left it. Without a record to compare with (a first or clean build), the stamps are only kept for
            // the next build: their walk goes on while the content loads.
            var recorded = BuildRecord.FromBytes(trees.PublishedRecord);
            last = trees.PublishedIsExact ? recorded : null;
            var comparable = last is not null && last.Key == BuildRecord.KeyOf(options, options.BaseUrl);
            if (comparable && last!.Inputs.Unchanged(stamps.GetAwaiter().GetResult()))
            {
                return UpToDate(options, last, diagnostics, sources);
            }

            if (comparable)
            {
                // The parks whose folders did not change are taken as the last build read them.
                var unchanged = stamps.Result.ParksUnchangedSince(last!.Inputs);
                engine.Reuse(last.Parks.Where(p => unchanged.Contains(p.Key)).ToDictionary(StringComparer.Ordinal));
            }
        }

        engine.Read();
        foreach (var found in engine.Diagnostics)
        {
            diagnostics.Add(found);
        }

        if (engine.Model is not { } model || engine.Theme is null || Blocked(diagnostics, options.Strict))
        {
            stamps.Wait(); // nothing of the build may run on after it
            return Failed(diagnostics, sources);
        }

        using var writer = trees.BeginUpdate();
        var units = engine.Units(writer, last?.Units ?? new Dictionary<string, BuildRecord.Unit>(), stamps.GetAwaiter().GetResult());
        try
        {
            using (timings.Stage("render pages"))
            {
                units.RenderChanged(options.MaxParallelism != 1, timings);
            }
        }
        catch (Exception e) when (ContentChangedException.In(e) is { } changed)
        {
            diagnostics.Error("content-changed", SourceLocation.WholeFile(changed.File), changed.Message,
                expected: "the file as it was when the build started", hint: "build again: nothing was published, and the next build reads the file as it is");
            return Failed(diagnostics, sources);
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
            units.IndexForSearch(writer, options.SiteDir);
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
                Parks = engine.ParkRecords(),
            };
            trees.Publish(writer, record.WriteTo);
        }

        units.PrunePhotoCache();

        return new BuildResult(true, diagnostics.Sorted(), sources, model.Pages.Count + 1, writer.FileCount, TimeSpan.Zero)
        {
            Written = units.Rendered,
            Kept = units.Kept,
            PhotosEncoded = units.PhotosEncoded,
            PhotosFromCache = units.PhotosFromCache,
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

    /// <summary>Every page and file of the site into <paramref name="output"/> (check builds into memory), by the same
    /// engine as a build, with nothing to keep. Null when reading the site stopped it.</summary>
    public static Rendered? Render(BuildOptions options, DiagnosticBag diagnostics, SourceTexts sources, MemoryOutput output)
    {
        var engine = new SiteEngine(options, sources);
        engine.Read();
        foreach (var found in engine.Diagnostics)
        {
            diagnostics.Add(found);
        }

        if (engine.Model is null || engine.Theme is null || Blocked(diagnostics, options.Strict))
        {
            return null;
        }

        var units = engine.Units(output, new Dictionary<string, BuildRecord.Unit>(), InputStamps.Probing(options.SiteDir));
        units.RenderChanged(options.MaxParallelism != 1, options.Timings ?? new BuildTimings());
        units.CopyMedia();
        foreach (var found in units.Diagnostics.Sorted())
        {
            diagnostics.Add(found);
        }

        return new Rendered(engine.Model, output.FileCount);
    }

    /// <summary>Errors stop a build; with --strict, warnings do too.</summary>
    private static bool Blocked(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.WarningCount > 0);
}
