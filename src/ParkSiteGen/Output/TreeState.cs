using System.IO.Hashing;
using System.Text;

namespace ParkSiteGen.Output;

/// <summary>One file of a site tree as the build left it: its content hash, and its length and modification time,
/// which tell at the next build whether anything touched it since.</summary>
public readonly record struct TreeFile(UInt128 Hash, long Length, long WriteTime);

/// <summary>What a site tree holds: every file by its path relative to the tree ('/' separators). Its
/// <see cref="Id"/> depends on the paths and contents only, so a clean and an incremental build of the same input
/// have the same id; the tree's marker file carries it, which is how the next build knows which tree is which.</summary>
public sealed class TreeState(IReadOnlyDictionary<string, TreeFile> files)
{
    public IReadOnlyDictionary<string, TreeFile> Files => files;

    private UInt128? _id;

    /// <summary>Computed when first asked for (it sorts every path): most states read from a manifest never need it.</summary>
    public UInt128 Id => _id ??= IdOf(files);

    public static TreeState Empty { get; } = new(new Dictionary<string, TreeFile>(StringComparer.Ordinal));

    public bool SameContent(TreeState other) => Id == other.Id && files.Count == other.Files.Count;

    private static UInt128 IdOf(IReadOnlyDictionary<string, TreeFile> files)
    {
        var hash = new XxHash128();
        Span<byte> digest = stackalloc byte[16];
        foreach (var path in files.Keys.Order(StringComparer.Ordinal))
        {
            hash.Append(Encoding.UTF8.GetBytes(path));
            hash.Append([0]);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(digest, files[path].Hash);
            hash.Append(digest);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>"0123…" (32 hex digits): how an id is written in a marker.</summary>
    public static string Hex(UInt128 value) => value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
