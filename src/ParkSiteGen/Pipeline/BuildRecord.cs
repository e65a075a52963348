using System.Text;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Pipeline;

/// <summary>How the published site was made, kept in the output's manifest for the next build: the program and
/// options, the stamps of every input file (to see at a glance that nothing changed), and for each unit (a page, or a
/// group of site files) the fingerprint of its inputs, the files it wrote and what it reported, so a unit kept as it
/// is still reports its warnings.</summary>
public sealed class BuildRecord
{
    private const int Format = 2;

    /// <summary>One unit of the last build.</summary>
    /// <param name="LinkedParks">A park page's: the parks its narrative links to.</param>
    /// <param name="LinkedFiles">A park page's: the files of content/ its links reach or look for.</param>
    /// <param name="Media">A park page's: the files it publishes under /media/ (site path -> source).</param>
    public sealed record Unit(UInt128 Fingerprint, IReadOnlyList<string> Outputs, IReadOnlyList<Diagnostic> Diagnostics,
        IReadOnlyList<string> LinkedParks, IReadOnlyList<string> LinkedFiles, IReadOnlyList<KeyValuePair<string, string>> Media);

    /// <summary>One park as the build read it: the hashes of its files, what reading it reported, and the park itself
    /// (<see cref="Content.ParkSnapshot"/>). The next build uses it while the park's files keep their stamps.</summary>
    public sealed record Park(Fingerprints.ParkFileHashes Files, IReadOnlyList<Diagnostic> Diagnostics, byte[] Snapshot);

    public required string Key { get; init; }

    public required InputStamps Inputs { get; init; }

    public required IReadOnlyDictionary<string, Unit> Units { get; init; }

    /// <summary>Everything the build reported, for a build that finds nothing changed.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required int PageCount { get; init; }

    public IReadOnlyDictionary<string, Park> Parks { get; init; } = new Dictionary<string, Park>();

    /// <summary>The program (its build's id: any change of code is a new program) and the options that change output.</summary>
    /// <param name="baseUrl">The base URL the pages are made for (null: site.yml's, itself an input).</param>
    public static string KeyOf(BuildOptions options, Uri? baseUrl) =>
        string.Join('\n', typeof(BuildRecord).Assembly.ManifestModule.ModuleVersionId.ToString("N"), baseUrl?.AbsoluteUri ?? "site.yml", options.IncludeDrafts, options.Search);

    /// <summary>Writes the record into <paramref name="stream"/> (left open), as <see cref="FromBytes"/> reads it.</summary>
    public void WriteTo(Stream stream)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(Key);
            writer.Write(PageCount);
            Inputs.Write(writer);
            WriteDiagnostics(writer, Diagnostics);
            writer.Write(Units.Count);
            foreach (var (name, unit) in Units)
            {
                writer.Write(name);
                Write(writer, unit.Fingerprint);
                WriteStrings(writer, unit.Outputs);
                WriteDiagnostics(writer, unit.Diagnostics);
                WriteStrings(writer, unit.LinkedParks);
                WriteStrings(writer, unit.LinkedFiles);
                WriteStrings(writer, unit.Media.Select(m => m.Key).ToList());
                WriteStrings(writer, unit.Media.Select(m => m.Value).ToList());
            }

            writer.Write(Parks.Count);
            foreach (var (slug, park) in Parks)
            {
                writer.Write(slug);
                Write(writer, park.Files.Listed);
                Write(writer, park.Files.Whole);
                Write(writer, park.Files.Data);
                WriteDiagnostics(writer, park.Diagnostics);
                writer.Write(park.Snapshot.Length);
                writer.Write(park.Snapshot);
            }
        }
    }

    /// <summary>The record, or null when it is of another format (the build then makes everything again).</summary>
    public static BuildRecord? FromBytes(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadInt32() != Format)
            {
                return null;
            }

            var key = reader.ReadString();
            var pages = reader.ReadInt32();
            var inputs = InputStamps.Read(reader);
            var diagnostics = ReadDiagnostics(reader);
            var units = new Dictionary<string, Unit>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var name = reader.ReadString();
                var fingerprint = ReadHash(reader);
                var outputs = ReadStrings(reader);
                var found = ReadDiagnostics(reader);
                var parks = ReadStrings(reader);
                var files = ReadStrings(reader);
                var mediaPaths = ReadStrings(reader);
                var mediaSources = ReadStrings(reader);
                units[name] = new Unit(fingerprint, outputs, found, parks, files, mediaPaths.Zip(mediaSources, KeyValuePair.Create).ToList());
            }

            var read = new Dictionary<string, Park>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var slug = reader.ReadString();
                var hashes = new Fingerprints.ParkFileHashes(ReadHash(reader), ReadHash(reader), ReadHash(reader));
                var found = ReadDiagnostics(reader);
                read[slug] = new Park(hashes, found, reader.ReadBytes(reader.ReadInt32()));
            }

            return new BuildRecord { Key = key, PageCount = pages, Inputs = inputs, Diagnostics = diagnostics, Units = units, Parks = read };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)hash);
        writer.Write((ulong)(hash >> 64));
    }

    private static UInt128 ReadHash(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static List<string> ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(reader.ReadString());
        }

        return values;
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write((int)d.Severity);
            writer.Write(d.Code);
            writer.Write(d.Location is not null);
            if (d.Location is { } at)
            {
                writer.Write(at.File);
                writer.Write(at.Line);
                writer.Write(at.Column);
                writer.Write(at.Length);
            }

            writer.Write(d.Message);
            WriteOptional(writer, d.Found);
            WriteOptional(writer, d.Expected);
            WriteOptional(writer, d.Hint);
        }
    }

    private static List<Diagnostic> ReadDiagnostics(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var diagnostics = new List<Diagnostic>(count);
        for (var i = 0; i < count; i++)
        {
            var severity = (Severity)reader.ReadInt32();
            var code = reader.ReadString();
            SourceLocation? at = reader.ReadBoolean() ? new SourceLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()) : null;
            diagnostics.Add(new Diagnostic(severity, code, at, reader.ReadString(), ReadOptional(reader), ReadOptional(reader), ReadOptional(reader)));
        }

        return diagnostics;
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
