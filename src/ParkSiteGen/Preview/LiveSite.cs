using System.Diagnostics;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Preview;

/// <summary>The site as the preview holds it: content, model and rendered pages in memory, updated in place.
/// An edit inside one park re-reads that park and re-renders only the pages that show it (its own pages, the
/// home page, the directory, and pages whose narratives link to it); site.yml, indicators.yml or the theme
/// rebuild more. When an update has errors, the last good version of what failed stays on screen.</summary>
public sealed class LiveSite(string siteDir, bool includeDrafts, Uri? baseUrl = null)
{
    private const string GlobalScope = "global";
    private readonly string _contentDir = Path.GetFullPath(Path.Combine(siteDir, "content"));
    private const string ThemeScope = "theme";

    // Concurrent: parks load and pages render in parallel, each creating its own scope.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticBag> _diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyCollection<string>> _linkedParks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParkPart?> _parts = new(StringComparer.Ordinal);

    // What each park's figures were, to tell an edit of a narrative from one of the numbers.
    private readonly Dictionary<string, string> _figures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _figuresChanged = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private ContentLoader.GlobalContent? _global;
    private List<Park> _parks = [];
    private Theme? _theme;
    private SiteModel? _model;

    public MemoryOutput Output { get; } = new();

    public SourceTexts Sources { get; private set; } = new();

    public SiteModel? Model => _model;

    public string SiteDir => siteDir;

    /// <summary>The result of an update: the site paths whose pages changed ("*" for all), and how long it took.</summary>
    public sealed record Update(IReadOnlyCollection<string> ChangedPaths, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Elapsed)
    {
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            lock (_lock)
            {
                var all = new DiagnosticBag();
                foreach (var d in _diagnostics.Values.SelectMany(b => b.Sorted()))
                {
                    all.Add(d);
                }

                return all.Sorted();
            }
        }
    }

    /// <summary>Reads and renders everything (the first build, or after site.yml / indicators.yml change).</summary>
    public Update BuildAll()
    {
        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            _diagnostics.Clear();
            Sources = new SourceTexts();
            var global = Scope(GlobalScope);
            _global = ContentLoader.LoadGlobal(siteDir, global, Sources);
            if (_global.Site is { } site)
            {
                _theme = Theme.Load(siteDir, site, Scope(ThemeScope), Sources) ?? _theme;
            }

            _parks = ContentLoader.LoadParks(_global, global, Sources, slug => Scope("park:" + slug));
            _figures.Clear();
            foreach (var park in _parks)
            {
                _figures[park.Slug] = FiguresOf(park);
            }

            _parts.Clear();
            _model = null;
            var changed = Rebuild(Phase.All);
            return new Update(changed, Diagnostics, clock.Elapsed);
        }
    }

    /// <summary>Applies file changes (absolute paths) seen by the watcher, in one go.</summary>
    public Update Apply(IReadOnlyCollection<string> changedFiles)
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

    /// <summary>Applies file changes in two phases, reporting each: first the pages of the changed parks (the page
    /// the editor is looking at reloads at once), then the pages that list or link to them (home, directory).</summary>
    public void Apply(IReadOnlyCollection<string> changedFiles, Action<Update> onPhase)
    {
        var relative = changedFiles.Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/')).ToList();
        if (_global?.Site is null || relative.Any(r => r is "content/site.yml" or "content/indicators.yml" || r == "content/parks" || r == "content"))
        {
            onPhase(BuildAll());
            return;
        }

        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            var themeChanged = relative.Any(r => r.StartsWith("themes/", StringComparison.Ordinal));
            if (themeChanged)
            {
                _theme = Theme.Load(siteDir, _global.Site, Scope(ThemeScope), Sources) ?? _theme;
            }

            var slugs = relative
                .Where(r => r.StartsWith("content/parks/", StringComparison.Ordinal))
                .Select(r => r.Split('/')[2])
                .Where(s => !s.StartsWith('.'))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var slug in slugs)
            {
                ReloadPark(slug);
            }

            if (themeChanged)
            {
                onPhase(new Update(Rebuild(Phase.All, slugs), Diagnostics, clock.Elapsed));
                return;
            }

            onPhase(new Update(Rebuild(Phase.OwnPages, slugs), Diagnostics, clock.Elapsed));
            onPhase(new Update(Rebuild(Phase.Listings, slugs), Diagnostics, clock.Elapsed));
        }
    }

    /// <summary>What a rebuild renders: everything, a changed park's own pages, or the pages listing or linking to it.</summary>
    private enum Phase
    {
        All,
        OwnPages,
        Listings,
    }

    /// <summary>Runs the incremental path once (re-reading the first park changes nothing), so the first real
    /// edit does not pay for compiling it: the reload budget is 50 ms from the change.</summary>
    public void WarmUp()
    {
        lock (_lock)
        {
            if (_parks.Count > 0 && _global?.Site is not null && !Diagnostics.Any(d => d.IsError))
            {
                var slug = _parks[0].Slug;
                ReloadPark(slug);
                var parks = new HashSet<string>(StringComparer.Ordinal) { slug };
                Rebuild(Phase.OwnPages, parks);
                Rebuild(Phase.Listings, parks);
            }
        }
    }

    private void ReloadPark(string slug)
    {
        var bag = Scope("park:" + slug);
        var folder = Path.Combine(_contentDir, "parks", slug);
        var park = ContentLoader.LoadPark(_global!, folder, bag, Sources);
        var index = _parks.FindIndex(p => p.Slug == slug);
        var signature = park is null ? "" : FiguresOf(park);
        if (_figures.GetValueOrDefault(slug) != signature && (park is not null || !Directory.Exists(folder)))
        {
            _figuresChanged.Add(slug);
            _figures[slug] = signature;
        }
        if (park is not null)
        {
            if (index >= 0)
            {
                _parks[index] = park;
            }
            else
            {
                _parks.Add(park);
                _parks.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
            }
        }
        else if (!Directory.Exists(folder) && index >= 0)
        {
            _parks.RemoveAt(index); // deleted; a park with errors keeps its last good version instead
            _diagnostics.TryRemove("park:" + slug, out _);
            _diagnostics.TryRemove("gaps:" + slug, out _);
        }
    }

    /// <summary>Rebuilds the changed parks' parts, assembles the model and re-renders the pages that depend on them.</summary>
    private IReadOnlyCollection<string> Rebuild(Phase phase, IReadOnlySet<string>? changedParks = null)
    {
        var renderAll = phase == Phase.All;
        if (_global?.Site is not { } site || _theme is null)
        {
            return [];
        }

        var dirty = renderAll || _model is null ? _parks.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal) : changedParks ?? new HashSet<string>();
        if (phase == Phase.Listings)
        {
            // The model is already up to date: the first phase built it.
            var figuresChanged = dirty.Where(_figuresChanged.Contains).ToHashSet(StringComparer.Ordinal);
            _figuresChanged.Clear();
            var listings = ListingPages(_model!, dirty, figuresChanged.Count > 0);
            var listingRenderer = new SiteRenderer(_model!, _theme, Pipeline.SiteFeatures.PageKinds);
            foreach (var park in figuresChanged.Select(_model!.PartOf).OfType<ParkPart>())
            {
                OpenData.DataFiles.WritePark(_model, park.Entry, Output);
            }

            Discovery.AtomFeed.Write(_model!, Output);
            return Render(listingRenderer, listings, []);
        }

        var content = new ContentSet(site, _global.Indicators, [.. _parks], _global.ContentDir);
        var current = _parks.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var removedPages = new List<string>();
        foreach (var slug in dirty.Concat(_parts.Keys.Where(k => !current.Contains(k))).ToList())
        {
            var old = _parts.GetValueOrDefault(slug);
            var park = _parks.Find(p => p.Slug == slug);
            var part = park is null ? null : SiteModelBuilder.BuildPark(park, site.Languages, includeDrafts, _global.ContentDir);
            var gaps = Scope("gaps:" + slug);
            foreach (var gap in part?.Gaps ?? [])
            {
                gaps.Add(gap);
            }

            if (park is null)
            {
                _parts.Remove(slug);
            }
            else
            {
                _parts[slug] = part;
            }

            var now = part?.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal) ?? [];
            removedPages.AddRange(old?.Pages.Select(p => p.Path).Where(p => !now.Contains(p)) ?? []);
        }

        _model = SiteModelBuilder.Assemble(content, baseUrl ?? site.BaseUrl, _parts.Values);
        var renderer = new SiteRenderer(_model, _theme, Pipeline.SiteFeatures.PageKinds);
        var pages = renderAll ? _model.Pages : dirty.SelectMany(slug => _model.PartOf(slug)?.Pages ?? []).ToList();
        var changed = Render(renderer, pages, removedPages);
        if (renderAll)
        {
            Pipeline.SiteFeatures.WriteFiles(renderer, Output, file => Scope("files: " + file.Name));

            Output.TakeChanged();
            return ["*"];
        }

        return changed;
    }

    /// <summary>Renders <paramref name="pages"/>, forgets <paramref name="removedPages"/>, and returns the site paths
    /// whose bytes changed.</summary>
    private IReadOnlyCollection<string> Render(SiteRenderer renderer, IReadOnlyList<Page> pages, IReadOnlyList<string> removedPages)
    {
        var rendered = renderer.WritePages(pages, Output, page => Scope("page:" + page.Path));
        foreach (var page in rendered)
        {
            Link(page.Page.Path, page.LinkedParks);
        }

        // Most pages report nothing: keep only the scopes that do, so merging them stays cheap on big sites.
        foreach (var page in pages)
        {
            if (_diagnostics.TryGetValue("page:" + page.Path, out var bag) && bag.IsEmpty)
            {
                _diagnostics.TryRemove("page:" + page.Path, out _);
            }
        }

        foreach (var gone in removedPages)
        {
            Output.Remove(UrlScheme.OutputFile(gone));
            Link(gone, []);
            _diagnostics.TryRemove("page:" + gone, out _);
        }

        renderer.WriteMedia(Output);
        return Output.TakeChanged().Select(UrlScheme.SitePathOf).ToList();
    }

    /// <summary>The pages that list or link to the changed parks: the home page and directory, the comparison and
    /// data pages when the parks' figures changed, and the pages whose narratives link to them (the parks' own pages
    /// come first, in their own phase).</summary>
    private List<Page> ListingPages(SiteModel model, IReadOnlySet<string> changedParks, bool figuresChanged)
    {
        var pages = model.ListingPages.Where(p => figuresChanged || p.Key.Kind is PageKind.Home or PageKind.Directory).ToList();
        var own = changedParks.SelectMany(slug => model.PartOf(slug)?.Pages ?? []).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var linking = changedParks.SelectMany(slug => _linkedFrom.GetValueOrDefault(slug) ?? []).Where(path => !own.Contains(path)).Distinct();
        pages.AddRange(linking.Select(model.ParkPageAt).OfType<Page>());
        return pages;
    }

    /// <summary>Every figure of a park in one string: equal strings, equal figures.</summary>
    private static string FiguresOf(Park park) => string.Join('\n', park.Years.SelectMany(y => y.Indicators.Concat(y.Targets).Select(f =>
        $"{y.Year}|{f.Indicator.Key}|{f.Value}|{f.Qualifier}|{f.Status}|{f.Yoy}|{f.Of}|{f.TargetYear}|{f.Period}|{f.Note}")));

    /// <summary>Remembers which parks a page links to, and the reverse.</summary>
    private void Link(string path, IReadOnlyCollection<string> parks)
    {
        foreach (var old in _linkedParks.GetValueOrDefault(path) ?? [])
        {
            _linkedFrom.GetValueOrDefault(old)?.Remove(path);
        }

        _linkedParks[path] = parks;
        foreach (var park in parks)
        {
            (_linkedFrom.TryGetValue(park, out var set) ? set : _linkedFrom[park] = new HashSet<string>(StringComparer.Ordinal)).Add(path);
        }
    }

    /// <summary>A fresh bag for one scope (the global files, the theme, one park, the model, one page), replacing
    /// the last; called from parallel loops, one thread per scope.</summary>
    private DiagnosticBag Scope(string scope)
    {
        var bag = new DiagnosticBag();
        _diagnostics[scope] = bag;
        return bag;
    }
}
