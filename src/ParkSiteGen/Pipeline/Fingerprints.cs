using System.IO.Hashing;
using System.Text;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Rendering;
using ParkSiteGen.Site;

namespace ParkSiteGen.Pipeline;

/// <summary>The build's inputs reduced to hashes, from the text of every file it read (never from file times): equal
/// hashes, equal inputs. <see cref="Of"/> combines those a file of the site is made from into its fingerprint; a file
/// whose fingerprint is the one the last build recorded is kept as it is.</summary>
public sealed class Fingerprints
{
    private const string ParksFolder = "content/parks/";
    private const string NarrativeExtension = ".md";
    private readonly UInt128 _program;
    private readonly UInt128 _site;
    private readonly UInt128 _theme;
    private readonly UInt128 _everyPark;
    private readonly UInt128 _everyParksFigures;
    private readonly Dictionary<string, ParkHashes> _parks;

    /// <summary>One park's inputs: what listings show of it (every file but the narratives' text), the whole park, and
    /// what comparisons show of it (<see cref="Inputs.EveryParksFigures"/>).</summary>
    private readonly record struct ParkHashes(UInt128 Listed, UInt128 Whole, UInt128 Figures);

    /// <summary>The hashes of one park's files: <see cref="ParkHashes"/>' first two, and its data files' (the figures
    /// hash adds the paths of its pages, which come from the model).</summary>
    public readonly record struct ParkFileHashes(UInt128 Listed, UInt128 Whole, UInt128 Data);

    private Fingerprints(UInt128 program, UInt128 site, UInt128 theme, Dictionary<string, ParkHashes> parks)
    {
        _program = program;
        _site = site;
        _theme = theme;
        _parks = parks;
        var every = new XxHash128();
        var figures = new XxHash128();
        foreach (var slug in parks.Keys.Order(StringComparer.Ordinal))
        {
            Append(every, slug);
            Append(every, parks[slug].Listed);
            Append(figures, slug);
            Append(figures, parks[slug].Figures);
        }

        _everyPark = every.GetCurrentHashAsUInt128();
        _everyParksFigures = figures.GetCurrentHashAsUInt128();
    }

    /// <param name="programAndOptions">What the program is and how it was asked to build (<see cref="BuildRecord.KeyOf"/>).</param>
    /// <param name="themeFolders">The folders the theme is looked up in, most specific first.</param>
    /// <param name="previous">The fingerprints of the preview's last run, when only <paramref name="readAgain"/> (parks)
    /// were read since and the theme did not change: the other parks' hashes are reused.</param>
    /// <param name="known">The hashes of parks whose files were not read (a build reusing its last record's).</param>
    /// <param name="model">The site read from them: which pages of each park are published (comparisons link to them).</param>
    public static Fingerprints Take(string programAndOptions, SourceTexts sources, IReadOnlyList<string> themeFolders, SiteModel model,
        Fingerprints? previous = null, IReadOnlySet<string>? readAgain = null, IReadOnlyDictionary<string, ParkFileHashes>? known = null)
    {
        // The parks whose files this run read. Their texts are kept by park folder, and each park's are gathered by its
        // own thread below: not by one thread going through every file of the site to find its park.
        static string ParkFolder(string slug) => ParksFolder + slug + "/";
        var readParks = new List<string>();
        UInt128 siteHash;
        if (previous is not null)
        {
            // Only parks were read again: the site's own files are those the previous fingerprints hashed.
            siteHash = previous._site;
            readParks.AddRange((readAgain ?? new HashSet<string>()).Where(slug => sources.PartsUnder(ParkFolder(slug)).Any()));
        }
        else
        {
            var site = new XxHash128();
            var siteFiles = new List<(string File, string Head, string? Body)>();
            foreach (var folder in sources.Folders)
            {
                if (folder.StartsWith(ParksFolder, StringComparison.Ordinal) && folder.Length > ParksFolder.Length)
                {
                    if (sources.PartsUnder(folder).Any())
                    {
                        readParks.Add(folder[ParksFolder.Length..^1]);
                    }
                }
                else if (folder.StartsWith("content/", StringComparison.Ordinal))
                {
                    siteFiles.AddRange(sources.PartsUnder(folder));
                }
            }

            foreach (var (file, head, _) in siteFiles.OrderBy(p => p.File, StringComparer.Ordinal))
            {
                Append(site, file);
                Append(site, head);
            }

            siteHash = site.GetCurrentHashAsUInt128();
        }

        // Each park hashed on its own, in parallel: a site's text is a hundred MB or more. A park the build took from
        // its last record (unchanged files) brings the hashes of its files from there.
        var parks = new System.Collections.Concurrent.ConcurrentDictionary<string, ParkHashes>(StringComparer.Ordinal);
        var hashed = new System.Collections.Concurrent.ConcurrentDictionary<string, ParkFileHashes>(StringComparer.Ordinal);
        var slugs = readParks.Where(slug => known?.ContainsKey(slug) != true).Concat(known?.Keys ?? []).ToList();
        Parallel.ForEach(slugs, slug =>
        {
            var hashes = known is not null && known.TryGetValue(slug, out var given) ? given : HashFiles([.. sources.PartsUnder(ParkFolder(slug))]);
            hashed[slug] = hashes;

            // What comparisons show: its data files, and the paths of its published pages.
            var figures = new XxHash128();
            Append(figures, hashes.Data);
            foreach (var page in model.PartOf(slug)?.Pages ?? [])
            {
                Append(figures, page.Path);
            }

            parks[slug] = new ParkHashes(hashes.Listed, hashes.Whole, figures.GetCurrentHashAsUInt128());
        });

        var all = new Dictionary<string, ParkHashes>(parks, StringComparer.Ordinal);
        foreach (var (slug, hashes) in previous?._parks ?? [])
        {
            if (readAgain?.Contains(slug) != true)
            {
                all[slug] = hashes;
            }
        }

        return new Fingerprints(HashOf(programAndOptions), siteHash, previous?._theme ?? ThemeHash(themeFolders), all)
        {
            ParkFiles = new Dictionary<string, ParkFileHashes>(hashed, StringComparer.Ordinal),
        };
    }

    /// <summary>The hashes of the files of each park hashed by this run (or given to it), for the build's record.</summary>
    public IReadOnlyDictionary<string, ParkFileHashes> ParkFiles { get; private init; } = new Dictionary<string, ParkFileHashes>();

    /// <summary>What listings show of a park: every file but the narratives' text. The whole park: their text too. Its
    /// data: the files that are not narratives.</summary>
    private static ParkFileHashes HashFiles(List<(string File, string Head, string? Body)> parts)
    {
        var files = parts.OrderBy(p => p.File, StringComparer.Ordinal).ToList();
        var listed = new XxHash128();
        foreach (var (file, head, _) in files)
        {
            Append(listed, file);
            Append(listed, head);
        }

        var whole = new XxHash128();
        Append(whole, listed.GetCurrentHashAsUInt128());
        foreach (var (file, _, body) in files)
        {
            Append(whole, file);
            Append(whole, body ?? "");
        }

        var data = new XxHash128();
        foreach (var (file, head, _) in files.Where(f => !f.File.EndsWith(NarrativeExtension, StringComparison.Ordinal)))
        {
            Append(data, file);
            Append(data, head);
        }

        return new ParkFileHashes(listed.GetCurrentHashAsUInt128(), whole.GetCurrentHashAsUInt128(), data.GetCurrentHashAsUInt128());
    }

    /// <summary>The fingerprint of a file made from <paramref name="inputs"/>; for a park's page, of that park
    /// (<paramref name="park"/>), the parks its narrative links to and the stamps of the files its links reach.</summary>
    public UInt128 Of(string unit, Inputs inputs, string? park = null, IEnumerable<string>? linkedParks = null, IEnumerable<string>? fileStamps = null)
    {
        var hash = new XxHash128();
        Append(hash, unit);
        Append(hash, _program);
        if (inputs.HasFlag(Inputs.Site))
        {
            Append(hash, _site);
        }

        if (inputs.HasFlag(Inputs.Theme))
        {
            Append(hash, _theme);
        }

        if (inputs.HasFlag(Inputs.EveryPark))
        {
            Append(hash, _everyPark);
        }

        if (inputs.HasFlag(Inputs.EveryParksFigures))
        {
            Append(hash, _everyParksFigures);
        }

        if (inputs.HasFlag(Inputs.OwnPark))
        {
            Append(hash, park is not null && _parks.TryGetValue(park, out var own) ? own.Whole : default);
            foreach (var other in (linkedParks ?? []).Order(StringComparer.Ordinal))
            {
                Append(hash, other);
                Append(hash, _parks.TryGetValue(other, out var linked) ? linked.Listed : default);
            }

            foreach (var stamp in (fileStamps ?? []).Order(StringComparer.Ordinal))
            {
                Append(hash, stamp);
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>Every file of the theme's folders (names and bytes): a theme is a few dozen small files.</summary>
    private static UInt128 ThemeHash(IReadOnlyList<string> folders)
    {
        var hash = new XxHash128();
        for (var i = 0; i < folders.Count; i++)
        {
            foreach (var file in Directory.EnumerateFiles(folders[i], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Append(hash, $"{i}:{Path.GetRelativePath(folders[i], file).Replace('\\', '/')}");
                Append(hash, Output.TreeState.HashOf(File.ReadAllBytes(file)));
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static UInt128 HashOf(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(text.AsSpan()));
        Span<byte> length = stackalloc byte[sizeof(int)];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
        hash.Append(length);
    }

    private static void Append(XxHash128 hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        hash.Append(bytes);
    }
}
