using System.Collections.Concurrent;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Images;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>Renders the units of a build whose inputs changed, and keeps the others as the last build made them.
/// A unit is a page, a group of site files (<see cref="SiteFeatures.Files"/>), a file published under /media/, or the
/// search index. Its fingerprint (<see cref="Fingerprints"/>) covers everything it is made from; a unit whose
/// fingerprint is the recorded one, and whose files in the published tree are as that build left them, is kept: its
/// files stay (linked, untouched) and what it reported is reported again.</summary>
/// <param name="images">Where processed photos are kept between builds.</param>
public sealed class UnitRenderer(SiteRenderer renderer, IUnitOutput writer, Fingerprints fingerprints, InputStamps stamps, IReadOnlyDictionary<string, BuildRecord.Unit> last,
    ImageCache images)
{
    private const string SearchUnit = "search index";
    private const string SearchFolder = "pagefind/";
    private readonly ConcurrentDictionary<string, BuildRecord.Unit> _records = new(StringComparer.Ordinal);
    private int _rendered;
    private int _kept;
    private int _encoded;
    private int _fromCache;

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyDictionary<string, BuildRecord.Unit> Records => _records;

    public int Rendered => _rendered;

    public int Kept => _kept;

    /// <summary>Photos encoded by this run (each in all its widths and formats).</summary>
    public int PhotosEncoded => _encoded;

    /// <summary>Photos whose files this run took from the cache instead of encoding them.</summary>
    public int PhotosFromCache => _fromCache;

    /// <summary>Once the build is published: the cache keeps the photos of its units, and those since removed or
    /// changed go.</summary>
    public void PrunePhotoCache() =>
        images.Prune(_records.Values.SelectMany(u => u.Media).Select(m => PictureMedia.TryParse(m.Key, out var key, out _) ? key : null).OfType<string>().ToHashSet(StringComparer.Ordinal));

    /// <summary>Pages, and beside them (on another thread, unless <paramref name="alongside"/> is false) the site's
    /// other files: feeds, sitemap and open data depend on the model only. <paramref name="cancel"/> stops it between
    /// units (the preview's, when a newer change arrives: what was made is recorded, the rest keeps its old record
    /// and is made by the next run); nothing of it runs on once it has thrown.</summary>
    public void RenderChanged(bool alongside, BuildTimings timings, CancellationToken cancel = default)
    {
        var files = alongside ? Task.Run(() => WriteSiteFiles(timings, alongside, cancel)) : Task.CompletedTask;
        try
        {
            Render(Changed(renderer.Model.Pages), cancel);
        }
        finally
        {
            ((IAsyncResult)files).AsyncWaitHandle.WaitOne();
        }

        files.GetAwaiter().GetResult();
        if (!alongside)
        {
            WriteSiteFiles(timings, alongside, cancel);
        }
    }

    /// <summary>The pages to make, in their order; every other page is kept. Looked at on as many processors as pages
    /// are rendered on: after one edit a large site keeps tens of thousands of pages, each with a fingerprint to take,
    /// and one thread taking them all kept the rebuild waiting.</summary>
    private List<Page> Changed(IReadOnlyList<Page> pages)
    {
        var make = new bool[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = renderer.MaxParallelism },
            i => make[i] = ToMake(pages[i]));
        return [.. pages.Where((_, i) => make[i])];
    }

    /// <summary>Some pages first (the preview's: the pages of the parks just edited, so the one on screen reloads at
    /// once); <see cref="RenderChanged"/> then does the rest. <paramref name="evenIfKept"/> renders them all the same.</summary>
    public void RenderFirst(IEnumerable<Page> pages, bool evenIfKept = false) =>
        Render(pages.Where(page => ToMake(page, evenIfKept)).ToList());

    /// <summary>Whether this run still has to make <paramref name="page"/>: not made or kept yet, and not kept now.</summary>
    private bool ToMake(Page page, bool evenIfKept = false) => !_records.ContainsKey(page.Path) && (evenIfKept || !TryKeep(page));

    /// <summary>Every file the units of this run made or kept: what the output holds once it is done.</summary>
    public IReadOnlySet<string> Outputs => _records.Values.SelectMany(r => r.Outputs).ToHashSet(StringComparer.Ordinal);

    private void Render(List<Page> pages, CancellationToken cancel = default)
    {
        var bags = new ConcurrentDictionary<Page, DiagnosticBag>();
        renderer.WritePages(SiteRenderer.RenderOrder(pages), writer, p => bags.GetOrAdd(p, _ => new DiagnosticBag()), page =>
        {
            var found = bags.TryGetValue(page.Page, out var bag) ? bag.Sorted() : [];
            var linkedFiles = page.LinkedFiles.Order(StringComparer.Ordinal).ToList();
            Record(page.Page.Path, new BuildRecord.Unit(FingerprintOf(page.Page, page.LinkedParks, linkedFiles), [UrlScheme.OutputFile(page.Page.Path)], found,
                [.. page.LinkedParks.Order(StringComparer.Ordinal)], linkedFiles, [.. page.Media.OrderBy(m => m.Key, StringComparer.Ordinal)]));
        }, cancel);

        foreach (var failed in pages.Where(page => !_records.ContainsKey(page.Path)))
        {
            RecordFailed(failed.Path, [UrlScheme.OutputFile(failed.Path)], bags.TryGetValue(failed, out var bag) ? bag.Sorted() : []);
        }

        lock (Diagnostics)
        {
            foreach (var found in bags.Values.SelectMany(b => b.Sorted()))
            {
                Diagnostics.Add(found);
            }
        }
    }

    private void WriteSiteFiles(BuildTimings timings, bool alongside, CancellationToken cancel)
    {
        const string Stage = "feeds, sitemap, data";
        using var stage = alongside ? timings.Alongside(Stage, "render pages") : timings.Stage(Stage);
        foreach (var file in SiteFeatures.Files)
        {
            cancel.ThrowIfCancellationRequested();
            var unit = "files: " + file.Name;
            var fingerprint = fingerprints.Of(unit, file.Inputs);
            if (!TryKeep(unit, fingerprint))
            {
                var output = new RecordingOutput(writer, cancel);
                var bag = new DiagnosticBag();
                try
                {
                    file.Write(renderer, output, bag);
                }
                catch (AggregateException e) when (cancel.IsCancellationRequested && e.Flatten().InnerExceptions.All(i => i is OperationCanceledException))
                {
                    throw new OperationCanceledException(cancel); // stopped inside a parallel loop of the file's own
                }
                if (bag.HasErrors)
                {
                    RecordFailed(unit, [.. output.Paths.Union(last.GetValueOrDefault(unit)?.Outputs ?? [])], bag.Sorted());
                }
                else
                {
                    Record(unit, new BuildRecord.Unit(fingerprint, output.Paths, bag.Sorted(), [], [], []));
                }

                lock (Diagnostics)
                {
                    foreach (var found in bag.Sorted())
                    {
                        Diagnostics.Add(found);
                    }
                }
            }
        }
    }

    /// <summary>The files pages link to, each kept while its source keeps its length and time; and their photos, each
    /// made (<see cref="MakePhoto"/>) unless the last build made it from the same photo with the same settings.</summary>
    public void CopyMedia(CancellationToken cancel = default)
    {
        var media = _records.Values.SelectMany(u => u.Media).DistinctBy(m => m.Key).OrderBy(m => m.Key, StringComparer.Ordinal);
        var photos = new List<KeyValuePair<string, string>>();
        foreach (var (sitePath, source) in media)
        {
            cancel.ThrowIfCancellationRequested();
            if (PictureMedia.TryParse(sitePath, out _, out _))
            {
                photos.Add(new(sitePath, source));
                continue;
            }

            var unit = "media: " + sitePath;
            var fingerprint = fingerprints.Of(unit, Inputs.OwnPark, fileStamps: [stamps.StampOf(source)]);
            if (!TryKeep(unit, fingerprint))
            {
                var output = UrlScheme.OutputFile(sitePath);
                writer.CopyFile(output, source);
                Record(unit, new BuildRecord.Unit(fingerprint, [output], [], [], [], []));
            }
        }

        // A photo's key holds its hash and the settings': the unit's name says all it is made from. One photo per
        // processor at most: the thread pool, seeing its threads busy in native code, adds more, and each photo being
        // encoded holds its decoded rows (the README, Performance: what the bound saves).
        var toMake = photos.Where(p => !TryKeep(PhotoUnit(p.Key), fingerprints.Of(PhotoUnit(p.Key), default))).ToList();
        var atOnce = renderer.MaxParallelism > 0 ? renderer.MaxParallelism : Environment.ProcessorCount;
        Parallel.ForEach(toMake, new ParallelOptions { MaxDegreeOfParallelism = atOnce, CancellationToken = cancel },
            photo => MakePhoto(photo.Key, photo.Value));
    }

    private static string PhotoUnit(string key) => "photo: " + key;

    /// <summary>A photo's files: from the cache, else encoded (and cached); written under the names its pages gave them.</summary>
    private void MakePhoto(string key, string source)
    {
        PictureMedia.TryParse(key, out var cacheKey, out var basePath);
        var unit = PhotoUnit(key);
        var files = images.TryGet(cacheKey);
        if (files is not null)
        {
            Interlocked.Increment(ref _fromCache);
        }
        else if (Encode(source, cacheKey, basePath) is { } made)
        {
            files = made;
            images.Put(cacheKey, made);
            Interlocked.Increment(ref _encoded);
        }
        else
        {
            return;
        }

        var outputs = new List<string>(files.Count);
        foreach (var (name, bytes) in files)
        {
            var output = UrlScheme.OutputFile(basePath + "-" + name);
            writer.Write(output, bytes);
            outputs.Add(output);
        }

        Record(unit, new BuildRecord.Unit(fingerprints.Of(unit, default), outputs, [], [], [], []));
    }

    /// <summary>Encodes the photo at <paramref name="source"/>; null after reporting why it could not be.</summary>
    private IReadOnlyList<(string Name, byte[] Bytes)>? Encode(string source, string cacheKey, string basePath)
    {
        var pictures = renderer.Pictures;
        var (image, problem) = SourceImage.Read(source);
        if (image is not null)
        {
            if ($"{image.Hash:x32}" != cacheKey[..32])
            {
                problem = SourceImage.ChangedDuringBuild;
            }
            else
            {
                (var made, problem) = PhotoEncoder.Encode(source, image.Hash, PictureFiles.For(image, cacheKey, basePath, pictures.Settings), pictures.Settings);
                if (made is not null)
                {
                    return made;
                }
            }
        }

        var file = Content.ContentLoader.Relative(renderer.Model.Content.ContentDir, source);
        var found = new Diagnostic(Severity.Error, problem!.Code, SourceLocation.WholeFile(file), problem.Message, problem.Found, problem.Expected, problem.Hint);
        RecordFailed(PhotoUnit(PictureMedia.Key(cacheKey, basePath)), [], [found]);
        lock (Diagnostics)
        {
            Diagnostics.Add(found);
        }

        return null;
    }

    /// <summary>Pagefind's index, made again when any page changed (it reads them all), else kept.</summary>
    public void IndexForSearch(TreeWriter tree, string siteDir)
    {
        var fingerprint = tree.FingerprintOf(path => path.EndsWith(".html", StringComparison.Ordinal));
        if (TryKeep(SearchUnit, fingerprint))
        {
            return;
        }

        var folder = Path.Combine(tree.Root, SearchFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true); // never written into: its files may be the published tree's too
        }

        var bag = new DiagnosticBag();
        Search.SearchIndexer.Run(tree.Root, siteDir, bag);
        var made = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(tree.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var path in made)
        {
            tree.Adopt(path);
        }

        Record(SearchUnit, new BuildRecord.Unit(fingerprint, made, bag.Sorted(), [], [], []));
        foreach (var found in bag.Sorted())
        {
            Diagnostics.Add(found);
        }
    }

    /// <summary>Keeps a page the last build made, if its inputs are the same: those of its own park and the site, and
    /// those its narrative's links reached then (if they reach others now, one of those inputs changed). A page the last
    /// build did not make (a first build makes tens of thousands) has no fingerprint to compare: none is taken.</summary>
    private bool TryKeep(Page page) =>
        last.TryGetValue(page.Path, out var record) && TryKeep(page.Path, FingerprintOf(page, record.LinkedParks, record.LinkedFiles));

    private UInt128 FingerprintOf(Page page, IEnumerable<string> linkedParks, IEnumerable<string> linkedFiles) =>
        fingerprints.Of(page.Path, renderer.InputsOf(page.Key), page.Park?.Slug, linkedParks, linkedFiles.Select(stamps.StampOf));

    /// <summary>Keeps the unit when the last build made it from the same inputs and its files are still as it left them.</summary>
    private bool TryKeep(string unit, UInt128 fingerprint)
    {
        if (!last.TryGetValue(unit, out var record) || record.Fingerprint != fingerprint || !record.Outputs.All(writer.CanKeep))
        {
            return false;
        }

        foreach (var output in record.Outputs)
        {
            writer.Keep(output);
        }

        _records[unit] = record;
        Interlocked.Increment(ref _kept);
        lock (Diagnostics)
        {
            foreach (var found in record.Diagnostics)
            {
                Diagnostics.Add(found);
            }
        }

        return true;
    }

    /// <summary>A unit that failed: a build stops (its record is never published); the preview keeps showing the
    /// files the unit made last (<paramref name="outputs"/>) with its errors, and makes it again on the next change.</summary>
    private void RecordFailed(string unit, IReadOnlyList<string> outputs, IReadOnlyList<Diagnostic> found) =>
        Record(unit, new BuildRecord.Unit(default, outputs, found, [], [], []));

    private void Record(string unit, BuildRecord.Unit record)
    {
        _records[unit] = record;
        Interlocked.Increment(ref _rendered);
    }
}
