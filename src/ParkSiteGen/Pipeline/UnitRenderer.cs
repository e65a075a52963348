using System.Collections.Concurrent;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>Renders the units of a build whose inputs changed, and keeps the others as the last build made them.
/// A unit is a page, a group of site files (<see cref="SiteFeatures.Files"/>), a file published under /media/, or the
/// search index. Its fingerprint (<see cref="Fingerprints"/>) covers everything it is made from; a unit whose
/// fingerprint is the recorded one, and whose files in the published tree are as that build left them, is kept: its
/// files stay (linked, untouched) and what it reported is reported again.</summary>
internal sealed class UnitRenderer(SiteRenderer renderer, TreeWriter writer, Fingerprints fingerprints, InputStamps stamps, IReadOnlyDictionary<string, BuildRecord.Unit> last)
{
    private const string SearchUnit = "search index";
    private const string SearchFolder = "pagefind/";
    private readonly ConcurrentDictionary<string, BuildRecord.Unit> _records = new(StringComparer.Ordinal);
    private int _rendered;
    private int _kept;

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyDictionary<string, BuildRecord.Unit> Records => _records;

    public int Rendered => _rendered;

    public int Kept => _kept;

    /// <summary>Pages, and beside them (on another thread, unless <paramref name="alongside"/> is false) the site's
    /// other files: feeds, sitemap and open data depend on the model only.</summary>
    public void RenderChanged(bool alongside, BuildTimings timings)
    {
        var pages = renderer.Model.Pages.Where(page => !TryKeep(page.Path, FingerprintOf(page))).ToList();
        var files = alongside ? Task.Run(() => WriteSiteFiles(timings, alongside)) : Task.CompletedTask;
        var bags = new ConcurrentDictionary<Page, DiagnosticBag>();
        foreach (var page in renderer.WritePages(SiteRenderer.RenderOrder(pages), writer, p => bags.GetOrAdd(p, _ => new DiagnosticBag())))
        {
            var found = bags.TryGetValue(page.Page, out var bag) ? bag.Sorted() : [];
            var linkedFiles = page.LinkedFiles.Order(StringComparer.Ordinal).ToList();
            Record(page.Page.Path, new BuildRecord.Unit(FingerprintOf(page.Page, page.LinkedParks, linkedFiles), [UrlScheme.OutputFile(page.Page.Path)], found,
                [.. page.LinkedParks.Order(StringComparer.Ordinal)], linkedFiles, [.. page.Media.OrderBy(m => m.Key, StringComparer.Ordinal)]));
        }

        lock (Diagnostics)
        {
            foreach (var found in bags.Values.SelectMany(b => b.Sorted()))
            {
                Diagnostics.Add(found);
            }
        }

        files.GetAwaiter().GetResult();
        if (!alongside)
        {
            WriteSiteFiles(timings, alongside);
        }
    }

    private void WriteSiteFiles(BuildTimings timings, bool alongside)
    {
        const string Stage = "feeds, sitemap, data";
        using var stage = alongside ? timings.Alongside(Stage, "render pages") : timings.Stage(Stage);
        foreach (var file in SiteFeatures.Files)
        {
            var unit = "files: " + file.Name;
            var fingerprint = fingerprints.Of(unit, file.Inputs);
            if (!TryKeep(unit, fingerprint))
            {
                var output = new RecordingOutput(writer);
                var bag = new DiagnosticBag();
                file.Write(renderer, output, bag);
                Record(unit, new BuildRecord.Unit(fingerprint, output.Paths, bag.Sorted(), [], [], []));
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

    /// <summary>The files pages link to, each kept while its source keeps its length and time.</summary>
    public void CopyMedia()
    {
        var media = _records.Values.SelectMany(u => u.Media).DistinctBy(m => m.Key).OrderBy(m => m.Key, StringComparer.Ordinal);
        foreach (var (sitePath, source) in media)
        {
            var unit = "media: " + sitePath;
            var fingerprint = fingerprints.Of(unit, Inputs.OwnPark, fileStamps: [stamps.StampOf(source)]);
            if (!TryKeep(unit, fingerprint))
            {
                var output = UrlScheme.OutputFile(sitePath);
                writer.CopyFile(output, source);
                Record(unit, new BuildRecord.Unit(fingerprint, [output], [], [], [], []));
            }
        }
    }

    /// <summary>Pagefind's index, made again when any page changed (it reads them all), else kept.</summary>
    public void IndexForSearch(string siteDir)
    {
        var fingerprint = writer.FingerprintOf(path => path.EndsWith(".html", StringComparison.Ordinal));
        if (TryKeep(SearchUnit, fingerprint))
        {
            return;
        }

        var folder = Path.Combine(writer.Root, SearchFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true); // never written into: its files may be the published tree's too
        }

        var bag = new DiagnosticBag();
        Search.SearchIndexer.Run(writer.Root, siteDir, bag);
        var made = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(writer.Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList()
            : [];
        foreach (var path in made)
        {
            writer.Adopt(path);
        }

        Record(SearchUnit, new BuildRecord.Unit(fingerprint, made, bag.Sorted(), [], [], []));
        foreach (var found in bag.Sorted())
        {
            Diagnostics.Add(found);
        }
    }

    private UInt128 FingerprintOf(Page page)
    {
        var inputs = PageKindRenderer.InputsOf(page.Key);
        return last.TryGetValue(page.Path, out var record)
            ? FingerprintOf(page, record.LinkedParks, record.LinkedFiles)
            : fingerprints.Of(page.Path, inputs, page.Park?.Slug);
    }

    private UInt128 FingerprintOf(Page page, IEnumerable<string> linkedParks, IEnumerable<string> linkedFiles) =>
        fingerprints.Of(page.Path, PageKindRenderer.InputsOf(page.Key), page.Park?.Slug, linkedParks, linkedFiles.Select(stamps.StampOf));

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

    private void Record(string unit, BuildRecord.Unit record)
    {
        _records[unit] = record;
        Interlocked.Increment(ref _rendered);
    }
}
