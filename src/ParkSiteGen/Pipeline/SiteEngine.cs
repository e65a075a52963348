using System.Collections.Concurrent;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>The one engine behind build, serve and check. It reads the site (all of it, or the files that changed
/// since it last read), keeps each park's part of the model, and hands out a <see cref="UnitRenderer"/> that renders
/// the units whose inputs changed and keeps the others. `build` runs it once into the tree beside the published one
/// (what it made last time comes from the build record); `check` once into memory; `serve` keeps one alive and runs
/// it on every change the watcher reports, into memory, remembering its own last run.
///
/// Reading on an edit: site.yml or indicators.yml read everything again (every park is read against them), the theme
/// reloads itself, a park folder reloads that park. With <paramref name="keepLastGood"/> (the preview), a park or theme
/// that now has errors keeps its last good version, so the pages stay on screen while the editor fixes it.</summary>
public sealed class SiteEngine(BuildOptions options, SourceTexts sources, bool keepLastGood = false)
{
    private const string ParksFolder = "content/parks/";
    private const string GlobalScope = "global";
    private const string ThemeScope = "theme";
    private const string ParksScope = "parks";

    // One bag per scope (the global files, the theme, the parks folder, each park, each park's translation gaps),
    // replaced when that scope is read again: the engine's diagnostics are those of what it holds now.
    private readonly ConcurrentDictionary<string, DiagnosticBag> _scopes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, Park> _parks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParkPart?> _parts = new(StringComparer.Ordinal);
    private ContentLoader.GlobalContent? _global;
    private Fingerprints? _fingerprints;
    private HashSet<string> _unhashed = [];
    private bool _themeChanged = true;
    private IReadOnlyDictionary<string, BuildRecord.Park> _reusable = new Dictionary<string, BuildRecord.Park>();
    private readonly ConcurrentDictionary<string, BuildRecord.Park> _reused = new(StringComparer.Ordinal);

    public BuildOptions Options => options;

    /// <summary>The text of every file read, for messages that quote it.</summary>
    public SourceTexts Sources => sources;

    public SiteModel? Model { get; private set; }

    public Theme? Theme { get; private set; }

    /// <summary>What <see cref="Read"/> found: everything (a first read, or site.yml, indicators.yml or the theme
    /// changed: every page shows them), or these parks.</summary>
    public sealed record Changes(bool Everything, IReadOnlySet<string> Parks);

    /// <summary>What reading and modelling reported, for what the engine holds now.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            var all = new DiagnosticBag();
            foreach (var found in _scopes.Values.SelectMany(b => b.Sorted()))
            {
                all.Add(found);
            }

            return all.Sorted();
        }
    }

    /// <summary>Reads the site: all of it when <paramref name="changedFiles"/> (absolute paths) is null, else what
    /// they touch. Then assembles the model, unless errors stop a build here (not in the preview).</summary>
    public Changes Read(IReadOnlyCollection<string>? changedFiles = null)
    {
        var relative = changedFiles?.Select(f => Path.GetRelativePath(options.SiteDir, f).Replace('\\', '/')).ToList();
        if (relative is null || _global?.Site is null || Theme is null
            || relative.Any(r => r is "content" or "content/site.yml" or "content/indicators.yml" || r == ParksFolder.TrimEnd('/')))
        {
            ReadAll();
            return new Changes(true, _parks.Keys.ToHashSet(StringComparer.Ordinal));
        }

        var themeChanged = relative.Any(r => r.StartsWith("themes/", StringComparison.Ordinal));
        if (themeChanged)
        {
            Theme = Theme.Load(options.SiteDir, _global.Site, Scope(ThemeScope), Sources) ?? (keepLastGood ? Theme : null);
            _themeChanged = true;
        }

        var slugs = relative
            .Where(r => r.StartsWith(ParksFolder, StringComparison.Ordinal) && r.Length > ParksFolder.Length)
            .Select(r => r[ParksFolder.Length..].Split('/')[0])
            .Where(s => !s.StartsWith('.'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            ReadPark(slug);
        }

        Assemble(slugs);
        return new Changes(themeChanged, slugs);
    }

    /// <summary>Parks the next read of everything may take from a build's record instead of reading their folders:
    /// those whose files kept their stamps since (<see cref="InputStamps.ParksUnchangedSince"/>). A narrative's body
    /// is then read only if a page that shows it is made.</summary>
    public void Reuse(IReadOnlyDictionary<string, BuildRecord.Park> parks) => _reusable = parks;

    /// <summary>Each park the engine holds, for the build's record: one taken from the last record as it was, the
    /// others as read now, with the hashes of their files and what reading them reported.</summary>
    public IReadOnlyDictionary<string, BuildRecord.Park> ParkRecords()
    {
        var fingerprints = _fingerprints ?? throw new InvalidOperationException("the units have not been rendered");
        var slugs = _parks.Keys.Where(slug => _reused.ContainsKey(slug) || fingerprints.ParkFiles.ContainsKey(slug)).ToArray();
        var records = new BuildRecord.Park[slugs.Length];
        Parallel.For(0, slugs.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism }, i =>
            records[i] = _reused.TryGetValue(slugs[i], out var kept) ? kept
                : new BuildRecord.Park(fingerprints.ParkFiles[slugs[i]], _scopes.TryGetValue("park:" + slugs[i], out var bag) ? bag.Sorted() : [],
                    ParkSnapshot.Write(_parks[slugs[i]])));
        return slugs.Zip(records).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }

    /// <summary>A renderer of the model's units into <paramref name="output"/>: a unit whose inputs are those
    /// <paramref name="last"/> recorded for it, and whose files the output still holds, is kept.</summary>
    public UnitRenderer Units(IUnitOutput output, IReadOnlyDictionary<string, BuildRecord.Unit> last, InputStamps stamps)
    {
        var model = Model ?? throw new InvalidOperationException("the site has not been read, or reading it failed");
        var key = BuildRecord.KeyOf(options, model.Urls.BaseUrl);
        _fingerprints = Fingerprints.Take(key, Sources, Theme.Locate(options.SiteDir, model.Site.Theme), model, _themeChanged ? null : _fingerprints, _unhashed,
            _reused.ToDictionary(p => p.Key, p => p.Value.Files, StringComparer.Ordinal));
        _unhashed = [];
        _themeChanged = false;
        var renderer = new SiteRenderer(model, Theme!, SiteFeatures.PageKinds) { MaxParallelism = options.MaxParallelism };

        return new UnitRenderer(renderer, output, _fingerprints, stamps, last, PhotoCache());
    }

    /// <summary>The cache of processed photos: a build's beside its output; `serve` (which writes no output) shares the
    /// one of the site's default output, so the photos it encodes are not encoded again by the next build; `check`,
    /// which writes nothing, only reads it.</summary>
    private Images.ImageCache PhotoCache()
    {
        var output = options.OutDir.Length > 0 ? options.OutDir : Path.Combine(options.SiteDir, "public");
        return Images.ImageCache.In(Output.SiteTrees.StateFolderOf(output), readOnly: options.OutDir.Length == 0 && !keepLastGood);
    }

    /// <summary>Reads everything. Errors in the content stop a build before the model (which would only add to them);
    /// --strict's warnings stop it after, when the translation gaps are known too.</summary>
    private void ReadAll()
    {
        var timings = options.Timings ?? new BuildTimings();
        _scopes.Clear();
        _parks.Clear();
        _parts.Clear();
        _reused.Clear();
        Model = null;
        _fingerprints = null;
        _themeChanged = true;
        sources.Clear();
        Task<Theme?>? loadingTheme = null;
        using (timings.Stage("load content"))
        {
            _global = ContentLoader.LoadGlobal(options.SiteDir, Scope(GlobalScope), Sources);
            if (_global.Site is { } site)
            {
                // The theme needs only site.yml: it loads on another thread while the parks are read.
                var themeScope = Scope(ThemeScope);
                loadingTheme = Task.Run(() =>
                {
                    using var stage = timings.Alongside("theme", "load content");
                    return Theme.Load(options.SiteDir, site, themeScope, Sources);
                });
            }

            foreach (var park in ContentLoader.LoadParks(_global, Scope(ParksScope), Sources, slug => Scope("park:" + slug), options.MaxParallelism,
                _reusable.Count > 0 ? Recorded : null))
            {
                _parks[park.Slug] = park;
            }
        }

        // Its problems are listed too, and none arrive after the reading ends.
        Theme = loadingTheme?.GetAwaiter().GetResult() ?? (keepLastGood ? Theme : null);
        if (_global.Site is null || (!keepLastGood && _scopes.Values.Any(b => b.HasErrors)))
        {
            return;
        }

        using (timings.Stage("site model"))
        {
            Assemble(_parks.Keys.ToHashSet(StringComparer.Ordinal));
            _ = Model!.Pages; // the page list is built lazily: count it here, not in the render stage
        }
    }

    /// <summary>The park as the last build read it, if its record has it and it still reads (a catalogue that lost one
    /// of its indicators would not, but then indicators.yml changed and nothing is reused). What reading it reported
    /// then is reported again, with the text of the files it quotes.</summary>
    private Park? Recorded(string slug, DiagnosticBag diagnostics)
    {
        if (!_reusable.TryGetValue(slug, out var recorded) || ParkSnapshot.Read(recorded.Snapshot, _global!, Sources) is not { } park)
        {
            return null;
        }

        foreach (var found in recorded.Diagnostics)
        {
            diagnostics.Add(found);
            if (found.Location is { Line: > 0, File: var file } && File.Exists(Path.Combine(options.SiteDir, file)))
            {
                Sources.Remember(file, File.ReadAllText(Path.Combine(options.SiteDir, file)));
            }
        }

        _reused[slug] = recorded;
        return park;
    }

    private void ReadPark(string slug)
    {
        var folder = Path.Combine(_global!.ContentDir, "parks", slug);
        Sources.ForgetUnder(ParksFolder + slug + "/");
        _unhashed.Add(slug);
        var park = ContentLoader.LoadPark(_global, folder, Scope("park:" + slug), Sources);
        if (park is not null)
        {
            _parks[slug] = park;
        }
        else if (!Directory.Exists(folder) || !keepLastGood)
        {
            // Deleted (or, in a build, broken); in the preview a park with errors keeps its last good version.
            _parks.Remove(slug);
            _scopes.TryRemove("gaps:" + slug, out _);
            if (!Directory.Exists(folder))
            {
                _scopes.TryRemove("park:" + slug, out _);
            }
        }
    }

    /// <summary>Builds the parts of <paramref name="slugs"/> again (each park on its own, in parallel) and assembles the
    /// site from every part.</summary>
    private void Assemble(IReadOnlySet<string> slugs)
    {
        if (_global?.Site is not { } site)
        {
            return;
        }

        foreach (var gone in _parts.Keys.Where(k => !_parks.ContainsKey(k)).ToList())
        {
            _parts.Remove(gone);
        }

        var changed = slugs.Where(_parks.ContainsKey).Order(StringComparer.Ordinal).ToArray();
        var parts = new ParkPart?[changed.Length];
        Parallel.For(0, changed.Length, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism },
            i => parts[i] = SiteModelBuilder.BuildPark(_parks[changed[i]], site.Languages, options.IncludeDrafts, _global.ContentDir));
        for (var i = 0; i < changed.Length; i++)
        {
            _parts[changed[i]] = parts[i];
            var gaps = Scope("gaps:" + changed[i]);
            foreach (var gap in parts[i]?.Gaps ?? [])
            {
                gaps.Add(gap);
            }
        }

        var content = new ContentSet(site, _global.Indicators, [.. _parks.Values], _global.ContentDir);
        Model = SiteModelBuilder.Assemble(content, options.BaseUrl ?? site.BaseUrl, _parks.Keys.Select(slug => _parts.GetValueOrDefault(slug)), SiteFeatures.SitePages);
    }

    /// <summary>A fresh bag for one scope, replacing the last; called from parallel loops, one thread per scope.</summary>
    private DiagnosticBag Scope(string scope)
    {
        var bag = new DiagnosticBag();
        _scopes[scope] = bag;
        return bag;
    }
}
