using System.Buffers.Binary;

namespace ParkSiteGen.Spreadsheets;

/// <summary>Gives every entry of a zip archive the same modification time, 1980-01-01 00:00 (the earliest a zip
/// can say), so that an .xlsx written twice is the same file. .NET's ZipArchive, under SpreadCheetah, stamps each entry
/// with the time it was written, and offers no way to set it for an archive being written as a stream; rewriting the
/// archive to set it would inflate and deflate every entry again. The times sit at fixed places of each entry's two
/// headers (PKWARE APPNOTE 4.3.7 and 4.3.12), found through the central directory.</summary>
public static class ZipTimes
{
    private const uint LocalHeader = 0x04034b50, CentralHeader = 0x02014b50, EndOfCentralDirectory = 0x06054b50;
    private const ushort Time = 0, Date = (0 << 9) | (1 << 5) | 1; // 1980 (year 0), January, day 1

    /// <exception cref="InvalidDataException">The bytes are not a zip archive without a comment (as .NET writes them).</exception>
    public static void Fix(Span<byte> zip)
    {
        var end = zip.Length - 22;
        if (end < 0 || U32(zip, end) != EndOfCentralDirectory)
        {
            throw new InvalidDataException("not a zip archive ending with its central directory");
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(zip[(end + 10)..]);
        var at = (int)U32(zip, end + 16);
        for (var i = 0; i < entries; i++)
        {
            if (U32(zip, at) != CentralHeader)
            {
                throw new InvalidDataException($"entry {i} of the central directory is not where it should be");
            }

            Stamp(zip, at + 12);
            var local = (int)U32(zip, at + 42);
            if (U32(zip, local) != LocalHeader)
            {
                throw new InvalidDataException($"the local header of entry {i} is not where the central directory says");
            }

            Stamp(zip, local + 10);
            at += 46 + U16(zip, at + 28) + U16(zip, at + 30) + U16(zip, at + 32);
        }
    }

    private static void Stamp(Span<byte> zip, int at)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(zip[at..], Time);
        BinaryPrimitives.WriteUInt16LittleEndian(zip[(at + 2)..], Date);
    }

    private static uint U32(Span<byte> zip, int at) => BinaryPrimitives.ReadUInt32LittleEndian(zip[at..]);

    private static int U16(Span<byte> zip, int at) => BinaryPrimitives.ReadUInt16LittleEndian(zip[at..]);
}
