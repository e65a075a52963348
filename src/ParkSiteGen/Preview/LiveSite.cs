using System.Diagnostics;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Pipeline;
using ParkSiteGen.Site;

namespace ParkSiteGen.Preview;

/// <summary>The site as the preview holds it: the build's engine (<see cref="SiteEngine"/>), kept alive, rendering
/// into memory. The watcher tells it which files changed; the engine reads those again and renders the units whose
/// inputs changed, keeping the rest, exactly as `build` does on disk: here its memory of the last run stays in the
/// process instead of in a build record. When an update has errors, the last good version of what failed stays on
/// screen (the engine keeps it).</summary>
public sealed class LiveSite(string siteDir, bool includeDrafts, Uri? baseUrl = null)
{
    private readonly SiteEngine _engine = new(new BuildOptions(siteDir, OutDir: "", IncludeDrafts: includeDrafts, BaseUrl: baseUrl), new SourceTexts(), keepLastGood: true);
    private readonly Lock _lock = new();
    private Dictionary<string, BuildRecord.Unit> _last = new(StringComparer.Ordinal);
    private List<string> _reporting = []; // the units of the last run that reported something
    private CancellationTokenSource? _running;

    public MemoryOutput Output { get; } = new();

    public SourceTexts Sources => _engine.Sources;

    public SiteModel? Model => _engine.Model;

    public string SiteDir => siteDir;

    /// <summary>The result of an update: the site paths whose pages changed ("*" for all), and how long it took.</summary>
    public sealed record Update(IReadOnlyCollection<string> ChangedPaths, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
    {
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    /// <summary>What reading the site and rendering its pages reported, for the site as it is on screen now.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_lock)
            {
                return DiagnosticsWith();
            }
        }
    }

    /// <summary>Reads and renders everything (the first build).</summary>
    public Update BuildAll() => Apply(null);

    /// <summary>Applies file changes (absolute paths) seen by the watcher, in one go; every file when null.</summary>
    public Update Apply(IReadOnlyCollection<string>? changedFiles)
    {
        var paths = new List<string>();
        Update? last = null;
        var clock = Stopwatch.StartNew();
        Apply(changedFiles, update =>
        {
            paths.AddRange(update.ChangedPaths);
            last = update;
        });
        return new Update(paths.Distinct().Order(StringComparer.Ordinal).ToList(), last?.Diagnostics ?? Diagnostics, clock.Elapsed);
    }

    /// <summary>Applies file changes, reporting in phases: first the pages of the changed parks (the page the editor is
    /// looking at reloads at once), then the home pages, directories and pages linking to those parks, then everything
    /// else that changed with them (comparisons, open data, feeds).</summary>
    public void Apply(IReadOnlyCollection<string>? changedFiles, Action<Update> onPhase)
    {
        // A newer change stops the last phase of the update still running (the comparisons, open data and feeds of a
        // large site take a second): this one starts at once, and makes what that one did not get to.
        var cancel = new CancellationTokenSource();
        Interlocked.Exchange(ref _running, cancel)?.Cancel();
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            Run(_engine.Read(changedFiles), onPhase, clock, warmingUp: false, cancel.Token);
        }
    }

    /// <summary>Runs the path of an edit once (reading the first park again and rendering its pages, though nothing
    /// changed), so the first real edit does not pay for compiling it: the reload budget is 50 ms from the change.</summary>
    public void WarmUp()
    {
        lock (_lock)
        {
            if (_engine.Model?.Parts.FirstOrDefault() is { } part && !Diagnostics.Any(d => d.IsError))
            {
                var file = Path.Combine(siteDir, "content", "parks", part.Entry.Slug, "park.yml");
                Run(_engine.Read([file]), _ => { }, Stopwatch.StartNew(), warmingUp: true, CancellationToken.None);
            }
        }
    }

    private void Run(SiteEngine.Changes changes, Action<Update> onPhase, Stopwatch clock, bool warmingUp, CancellationToken cancel)
    {
        if (_engine.Model is not { } model || _engine.Theme is null)
        {
            onPhase(new Update([], Diagnostics, clock.Elapsed)); // the site cannot be read yet: the last pages stay
            return;
        }

        var units = _engine.Units(Output, _last, InputStamps.Probing(siteDir));
        if (!changes.Everything)
        {
            units.RenderFirst(changes.Parks.SelectMany(slug => model.PartOf(slug)?.Pages ?? []), evenIfKept: warmingUp);
            onPhase(new Update(TakeChanged(), DiagnosticsWith(units), clock.Elapsed));

            // Then what a reader looks at next: the home pages and directories, and the pages linking to those parks.
            // The comparisons, open data and feeds follow with the rest.
            var linking = _last.Where(kv => kv.Value.LinkedParks.Any(changes.Parks.Contains)).Select(kv => model.ParkPageAt(kv.Key)).OfType<Page>();
            units.RenderFirst(model.Languages.SelectMany(model.SitePagesIn).Where(p => p.Key.Kind is PageKind.Home or PageKind.Directory).Concat(linking).Distinct());
            if (TakeChanged() is { Count: > 0 } listings)
            {
                onPhase(new Update(listings, DiagnosticsWith(units), clock.Elapsed));
            }
        }

        try
        {
            units.RenderChanged(alongside: true, new BuildTimings(), cancel);
            units.CopyMedia(cancel);
        }
        catch (OperationCanceledException)
        {
            // What this run made replaces the last run's record of it; every other unit keeps the record it had, whose
            // fingerprint tells the next run whether it is still right.
            foreach (var (unit, record) in units.Records)
            {
                _last[unit] = record;
            }

            Remember(_last);
            onPhase(new Update(TakeChanged(), DiagnosticsWith(), clock.Elapsed));
            return;
        }

        Output.RemoveAllBut(units.Outputs);
        Remember(new Dictionary<string, BuildRecord.Unit>(units.Records, StringComparer.Ordinal));
        var changed = TakeChanged();
        onPhase(new Update(changes.Everything ? ["*"] : changed, DiagnosticsWith(), clock.Elapsed));
    }

    private void Remember(Dictionary<string, BuildRecord.Unit> units)
    {
        _last = units;
        _reporting = [.. _last.Where(kv => kv.Value.Diagnostics.Count > 0).Select(kv => kv.Key)];
    }

    /// <summary>What the engine reported reading the site, and what the units of the last run reported, with those this
    /// run has made so far in their place (most units report nothing: only those that did are looked at).</summary>
    private IReadOnlyList<Diagnostic> DiagnosticsWith(UnitRenderer? units = null)
    {
        var all = new DiagnosticBag();
        var made = units?.Records ?? new Dictionary<string, BuildRecord.Unit>();
        var found = _engine.Diagnostics
            .Concat(_reporting.Where(unit => !made.ContainsKey(unit)).SelectMany(unit => _last[unit].Diagnostics))
            .Concat(made.Values.SelectMany(u => u.Diagnostics));
        foreach (var one in found)
        {
            all.Add(one);
        }

        return all.Sorted();
    }

    private List<string> TakeChanged() => Output.TakeChanged().Select(UrlScheme.SitePathOf).Distinct().ToList();
}
