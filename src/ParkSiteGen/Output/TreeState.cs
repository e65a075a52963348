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

    /// <summary>Computed when first asked for: most states read from a manifest never need it.</summary>
    public UInt128 Id => _id ??= IdOf(files);

    public static TreeState Empty { get; } = new(new Dictionary<string, TreeFile>(StringComparer.Ordinal));

    public bool SameContent(TreeState other) => Id == other.Id && files.Count == other.Files.Count;

    /// <summary>The sum of one hash per file (of its path and its content's hash), which no order of the files changes:
    /// nothing to sort. It is taken at the end of a build, where one processor works while the other waits.</summary>
    private static UInt128 IdOf(IReadOnlyDictionary<string, TreeFile> files)
    {
        UInt128 sum = 0;
        byte[]? rented = null;
        Span<byte> buffer = stackalloc byte[512];
        foreach (var (path, file) in files)
        {
            var length = Encoding.UTF8.GetMaxByteCount(path.Length) + 17;
            if (length > buffer.Length)
            {
                if (rented is not null)
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                }

                buffer = rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
            }

            var written = Encoding.UTF8.GetBytes(path, buffer);
            buffer[written] = 0;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(buffer[(written + 1)..], file.Hash);
            sum += XxHash128.HashToUInt128(buffer[..(written + 17)]);
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return sum;
    }

    public static UInt128 HashOf(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    /// <summary>"0123…" (32 hex digits): how an id is written in a marker.</summary>
    public static string Hex(UInt128 value) => value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
