using System.Diagnostics;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
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
    private const string ModelScope = "model";
    private readonly string _contentDir = Path.GetFullPath(Path.Combine(siteDir, "content"));
    private const string ThemeScope = "theme";

    // Concurrent: parks load and pages render in parallel, each creating its own scope.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DiagnosticBag> _diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyCollection<string>> _linkedParks = new(StringComparer.Ordinal);
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
                _theme = Theme.Load(siteDir, site, new HandlebarsTemplateEngine(), Scope(ThemeScope), Sources) ?? _theme;
            }

            var fresh = ContentLoader.LoadParks(_global, global, Sources, slug => Scope("park:" + slug));
            _parks = fresh;
            var changed = Rebuild(renderAll: true);
            return new Update(changed, Diagnostics, clock.Elapsed);
        }
    }

    /// <summary>Applies file changes (absolute paths) seen by the watcher.</summary>
    public Update Apply(IReadOnlyCollection<string> changedFiles)
    {
        var relative = changedFiles.Select(f => Path.GetRelativePath(siteDir, f).Replace('\\', '/')).ToList();
        if (_global?.Site is null || relative.Any(r => r is "content/site.yml" or "content/indicators.yml" || r == "content/parks" || r == "content"))
        {
            return BuildAll();
        }

        lock (_lock)
        {
            var clock = Stopwatch.StartNew();
            var themeChanged = relative.Any(r => r.StartsWith("themes/", StringComparison.Ordinal));
            if (themeChanged)
            {
                _theme = Theme.Load(siteDir, _global.Site, new HandlebarsTemplateEngine(), Scope(ThemeScope), Sources) ?? _theme;
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

            var changed = Rebuild(themeChanged, slugs);
            return new Update(changed, Diagnostics, clock.Elapsed);
        }
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
                Rebuild(renderAll: false, new HashSet<string>(StringComparer.Ordinal) { slug });
            }
        }
    }

    private void ReloadPark(string slug)
    {
        var bag = Scope("park:" + slug);
        var folder = Path.Combine(_contentDir, "parks", slug);
        var park = ContentLoader.LoadPark(_global!, folder, bag, Sources);
        var index = _parks.FindIndex(p => p.Slug == slug);
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
        }
    }

    /// <summary>Rebuilds the model and re-renders the pages that depend on what changed.</summary>
    private IReadOnlyCollection<string> Rebuild(bool renderAll, IReadOnlySet<string>? changedParks = null)
    {
        if (_global?.Site is not { } site || _theme is null)
        {
            return [];
        }

        var previous = _model?.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal) ?? [];
        var modelBag = Scope(ModelScope);
        var content = new ContentSet(site, _global.Indicators, [.. _parks], _global.ContentDir);
        _model = SiteModelBuilder.Build(content, baseUrl ?? site.BaseUrl, includeDrafts, modelBag);
        var renderer = new SiteRenderer(_model, _theme);

        var pages = renderAll
            ? _model.Pages
            : _model.Pages.Where(p => Affected(p, changedParks ?? new HashSet<string>())).ToList();
        var rendered = renderer.WritePages(pages, Output, page => Scope("page:" + page.Path));
        foreach (var page in rendered)
        {
            _linkedParks[page.Page.Path] = page.LinkedParks;
        }

        var now = _model.Pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in previous.Except(now))
        {
            Output.Remove(UrlScheme.OutputFile(gone));
            _linkedParks.Remove(gone);
            _diagnostics.TryRemove("page:" + gone, out _);
        }

        if (renderAll)
        {
            renderer.WriteRedirect(Output, Scope("redirect"));
            renderer.WriteAssets(Output);
        }

        renderer.WriteMedia(Output);
        var changed = Output.TakeChanged();
        return renderAll ? ["*"] : changed.Select(SitePathOf).ToList();
    }

    /// <summary>"zh/parks/x/index.html" -> "/zh/parks/x/": what the browser's location shows.</summary>
    private static string SitePathOf(string outputPath) =>
        "/" + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    private bool Affected(Page page, IReadOnlySet<string> changedParks) =>
        page.Key.Kind is PageKind.Home or PageKind.Directory
        || (page.Key.Slug is { } slug && changedParks.Contains(slug))
        || (_linkedParks.TryGetValue(page.Path, out var linked) && linked.Any(changedParks.Contains));

    /// <summary>A fresh bag for one scope (the global files, the theme, one park, the model, one page), replacing
    /// the last; called from parallel loops, one thread per scope.</summary>
    private DiagnosticBag Scope(string scope)
    {
        var bag = new DiagnosticBag();
        _diagnostics[scope] = bag;
        return bag;
    }
}
