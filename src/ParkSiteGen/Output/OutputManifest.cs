using System.Text;

namespace ParkSiteGen.Output;

/// <summary>What the last builds left on disk, kept beside the output (never inside it, so never published): the
/// state of each of the two site trees, by the id their marker carries, and for the newer one the engine's record
/// of how it was made (an opaque blob: dependencies, diagnostics, inputs). A compact binary file: a site of 25,000
/// files has a manifest of a few MB, read and written once per build.</summary>
public sealed class OutputManifest
{
    private const string Magic = "ParkSiteGen output manifest";
    private const int Format = 1;

    /// <summary>A tree's files, and the record of the build that made it (null for the older tree).</summary>
    public sealed record Entry(TreeState State, byte[]? Record);

    public IReadOnlyList<Entry> Entries { get; }

    private OutputManifest(IReadOnlyList<Entry> entries) => Entries = entries;

    public Entry? Find(UInt128 id) => Entries.FirstOrDefault(e => e.State.Id == id);

    /// <summary>The manifest at <paramref name="path"/>, or null when there is none or it cannot be read (an older
    /// format, a damaged file): the build then starts from nothing, which is always correct.</summary>
    public static OutputManifest? Read(string path)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format)
            {
                return null;
            }

            var entries = new List<Entry>();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var files = new Dictionary<string, TreeFile>(StringComparer.Ordinal);
                for (var n = reader.ReadInt32(); n > 0; n--)
                {
                    var name = reader.ReadString();
                    files[name] = new TreeFile(ReadUInt128(reader), reader.ReadInt64(), reader.ReadInt64());
                }

                var length = reader.ReadInt32();
                entries.Add(new Entry(new TreeState(files), length < 0 ? null : reader.ReadBytes(length)));
            }

            return entries.Count > 0 ? new OutputManifest(entries) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest of a new tree, <paramref name="newest"/>, whose build's record
    /// <paramref name="record"/> writes, and of the tree before it (<paramref name="older"/>, when it is still
    /// exact). The record goes straight into the file: assembled in memory first, its 18 MB at 1000 × 10 were
    /// allocated three times over on the large-object heap, at the end of the build.</summary>
    /// <remarks>Written to a new file and renamed over the old one: a killed build leaves the old manifest or the new.</remarks>
    public static void Write(string path, TreeState newest, Action<Stream> record, TreeState? older)
    {
        var temporary = path + ".new";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(older is null ? 1 : 2);
            WriteFiles(writer, newest);

            // The record's length is known once it is written: a place is kept for it, and filled in after.
            writer.Write(0);
            writer.Flush();
            var start = stream.Position;
            record(stream);
            var end = stream.Position;
            stream.Position = start - sizeof(int);
            writer.Write(checked((int)(end - start)));
            writer.Flush();
            stream.Position = end;

            if (older is not null)
            {
                WriteFiles(writer, older);
                writer.Write(-1);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteFiles(BinaryWriter writer, TreeState state)
    {
        writer.Write(state.Files.Count);
        foreach (var (name, file) in state.Files)
        {
            writer.Write(name);
            WriteUInt128(writer, file.Hash);
            writer.Write(file.Length);
            writer.Write(file.WriteTime);
        }
    }

    private static UInt128 ReadUInt128(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }

    private static void WriteUInt128(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }
}
