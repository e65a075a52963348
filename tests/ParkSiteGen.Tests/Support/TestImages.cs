using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Text;
using NetVips;

namespace ParkSiteGen.Tests.Support;

/// <summary>Image files for the photo tests, made with libvips (NetVips): photo-like ones with the metadata a camera
/// writes, and broken or hostile ones. Each method writes the file and returns its path. Every image is a pure function
/// of its arguments (a seed, by default from the file's name), so a file is byte-for-byte the same on every run.</summary>
internal static class TestImages
{
    /// <summary>A photo-like JPEG stored as <paramref name="width"/> x <paramref name="height"/>, with an EXIF
    /// Orientation tag: a landscape (sky above, ground below, the sun top left) that is upright once a viewer applies
    /// the orientation, as a camera's file is; with orientation 5 to 8 a 300 x 200 file shows as 200 x 300. Gradients,
    /// noise and grain, so that it compresses like a photo, not like flat colour. With <paramref name="withGps"/> the
    /// EXIF also has a GPS IFD (28° 10′ N, 112° 58′ E) and an XMP packet carries the same position.</summary>
    public static string Jpeg(string path, int width, int height, int orientation = 1, bool withGps = false, int quality = 90, int? seed = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(orientation, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(orientation, 8);
        var pictureSeed = seed ?? SeedOf(path);
        var upright = orientation >= 5 ? Scene(height, width, pictureSeed) : Scene(width, height, pictureSeed);
        using var image = Stored(upright, orientation).Mutate(m =>
        {
            // libvips writes the EXIF it is given as a blob (updating only the tags it owns, Orientation among them: so
            // both are set); it does not make one from fields.
            m.Set(GValue.GIntType, "orientation", orientation);
            m.Set(GValue.BlobType, "exif-data", Exif(orientation, withGps));
            if (withGps)
            {
                m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(Xmp));
            }
        });
        // Chroma at half resolution (4:2:0), as phones and cameras write it: libvips keeps it whole from quality 90 up.
        image.Jpegsave(path, q: quality, subsampleMode: Enums.ForeignSubsample.On);
        return path;
    }

    // keep: None below: without it libvips writes an EXIF block (Orientation, resolution) even into a file made from
    // nothing.

    /// <summary>A PNG of the same kind of picture, without metadata; with <paramref name="alpha"/>, its corners fade
    /// to transparent.</summary>
    public static string Png(string path, int width, int height, bool alpha = false)
    {
        using var image = WithAlpha(Scene(width, height, SeedOf(path)), alpha);
        image.Pngsave(path, keep: Enums.ForeignKeep.None);
        return path;
    }

    /// <summary>A lossy WebP of the same kind of picture, without metadata; with <paramref name="alpha"/>, its corners
    /// fade to transparent.</summary>
    public static string Webp(string path, int width, int height, bool alpha = false)
    {
        using var image = WithAlpha(Scene(width, height, SeedOf(path)), alpha);
        image.Webpsave(path, q: 90, keep: Enums.ForeignKeep.None);
        return path;
    }

    /// <summary>The first half of a valid JPEG: the headers are intact, the image data stops mid-scan.</summary>
    public static string Truncated(string path)
    {
        var bytes = Scene(640, 480, SeedOf(path)).JpegsaveBuffer(q: 90, keep: Enums.ForeignKeep.None);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        return path;
    }

    /// <summary>Text with a .jpg name (or whatever name it is given).</summary>
    public static string NotAnImage(string path)
    {
        File.WriteAllText(path, "This is a text file, not a photo.\n");
        return path;
    }

    /// <summary>A JPEG of a few KB whose frame header (SOF0) claims <paramref name="width"/> x
    /// <paramref name="height"/>: the header reads as a huge image, and decoding it would allocate for every claimed
    /// pixel before finding the data short. Width and height are at most 65,535 (JPEG's limit).</summary>
    public static string HugeHeader(string path, int width = 30000, int height = 30000)
    {
        var bytes = Scene(64, 48, SeedOf(path)).JpegsaveBuffer(q: 75, keep: Enums.ForeignKeep.None);
        // Walk the marker segments rather than search for FF C0, which may also occur inside a table.
        var at = 2;
        while (bytes[at + 1] != 0xC0)
        {
            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2));
        }

        // SOF0: FF C0, length (2), precision (1), height (2), width (2), all big-endian.
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at + 5), checked((ushort)height));
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at + 7), checked((ushort)width));
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A PNG of a few KB whose header (IHDR, with a valid CRC) claims 50,000 x 50,000 RGB pixels (7.5 GB
    /// decoded), followed by a few rows of compressed zeros: a decompression bomb's header without its payload.</summary>
    public static string PngBomb(string path)
    {
        const int Side = 50_000;
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Side);
        header[8] = 8; // bit depth; then colour type 2 (RGB), deflate, no filter, no interlace
        header[9] = 2;
        var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(new byte[16 * (1 + (3 * Side))]); // 16 rows, each a filter byte and its pixels
        }

        using var file = File.Create(path);
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(file, "IHDR", header);
        Chunk(file, "IDAT", rows.ToArray());
        Chunk(file, "IEND", []);
        return path;
    }

    /// <summary>Whether the file carries EXIF, XMP or an ICC profile (GPS is in the EXIF): the fields libvips reads,
    /// and, as a check of its reading, the signatures of the JPEG segments that hold them.</summary>
    public static bool HasMetadata(string path)
    {
        using var image = Load(path);
        if (image.GetFields().Any(f => f is "exif-data" or "xmp-data" or "icc-profile-data"))
        {
            return true;
        }

        var bytes = File.ReadAllBytes(path).AsSpan();
        return bytes.IndexOf("Exif\0\0"u8) >= 0 || bytes.IndexOf("http://ns.adobe.com/xap/1.0/"u8) >= 0 || bytes.IndexOf("ICC_PROFILE\0"u8) >= 0;
    }

    /// <summary>The size the file stores (before any EXIF orientation), read from its header only.</summary>
    public static (int Width, int Height) Size(string path)
    {
        using var image = Load(path);
        return (image.Width, image.Height);
    }

    /// <summary>The file's header, never a cached one: libvips caches a load by file name, and a test may rewrite a file
    /// between two reads.</summary>
    private static Image Load(string path) => Image.NewFromFile(path, kwargs: new VOption { { "revalidate", true } });

    /// <summary>An upright landscape, sRGB, 8 bits: a sky gradient with clouds (Perlin noise), a wavy horizon, ground
    /// with fields and texture, a sun glow top left, and film grain. Deterministic for a given seed, whatever the number
    /// of threads (libvips' noise is a hash of the seed and the pixel's position).</summary>
    private static Image Scene(int width, int height, int seed)
    {
        var xy = Image.Xyz(width, height).Cast(Enums.BandFormat.Float);
        var x = xy[0] / width;
        var y = xy[1] / height;
        var horizon = 0.58 + (0.05 * ((x * 540) + (seed % 360)).Sin());
        var sky = y.Linear([160, 130, 60], [40, 90, 180]) + (Image.Perlin(width, height, cellSize: Math.Max(8, width / 5), seed: seed) * 35);
        var ground = y.Linear([-110, -130, -65], [150, 210, 105])
            + (Image.Perlin(width, height, cellSize: Math.Max(8, width / 12), seed: seed + 1).Linear([30, 20, 10], [0, 0, 0]))
            + (Image.Perlin(width, height, cellSize: 24, seed: seed + 2) * 18);
        var dx = (x - 0.2) * ((double)width / height);
        var dy = y - 0.18;
        var sun = (((dx * dx) + (dy * dy)) * -40).Exp().Linear([150, 130, 70], [0, 0, 0]);
        var grain = Image.Gaussnoise(width, height, sigma: 5, mean: 0, seed: seed + 3);
        return ((y < horizon).Ifthenelse(sky, ground) + sun + grain)
            .Cast(Enums.BandFormat.Uchar) // clamps to 0-255
            .Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>The pixels to store so that a viewer applying EXIF <paramref name="orientation"/> shows
    /// <paramref name="upright"/>: the inverse of that orientation's transform.</summary>
    private static Image Stored(Image upright, int orientation) => orientation switch
    {
        2 => upright.Flip(Enums.Direction.Horizontal),
        3 => upright.Rot(Enums.Angle.D180),
        4 => upright.Flip(Enums.Direction.Vertical),
        5 => upright.Rot(Enums.Angle.D90).Flip(Enums.Direction.Horizontal),
        6 => upright.Rot(Enums.Angle.D270),
        7 => upright.Rot(Enums.Angle.D270).Flip(Enums.Direction.Horizontal),
        8 => upright.Rot(Enums.Angle.D90),
        _ => upright,
    };

    private static Image WithAlpha(Image image, bool alpha)
    {
        if (!alpha)
        {
            return image;
        }

        // Opaque in the middle, fading to fully transparent in the corners: some pixels of every alpha value.
        var xy = Image.Xyz(image.Width, image.Height).Cast(Enums.BandFormat.Float);
        var dx = (xy[0] / image.Width) - 0.5;
        var dy = (xy[1] / image.Height) - 0.5;
        var opacity = (((dx * dx) + (dy * dy)).Pow(0.5) * -600) + 400;
        return image.Bandjoin(opacity.Cast(Enums.BandFormat.Uchar)).Copy(interpretation: Enums.Interpretation.Srgb);
    }

    /// <summary>The EXIF blob libvips takes: "Exif\0\0", then a little-endian TIFF structure: IFD0 with Orientation
    /// (and a pointer to the GPS IFD), and the GPS IFD with its version, latitude and longitude.</summary>
    private static byte[] Exif(int orientation, bool withGps)
    {
        const ushort ByteType = 1, AsciiType = 2, ShortType = 3, LongType = 4, RationalType = 5;
        var ifd0 = 8;
        var gps = ifd0 + 2 + ((withGps ? 2 : 1) * 12) + 4;
        var rationals = gps + 2 + (5 * 12) + 4;
        var tiff = new byte[withGps ? rationals + (6 * 8) : gps];
        "II*\0"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(4), (uint)ifd0);

        // An IFD: its entry count, entries of 12 bytes (tag, type, count, then the value if it fits in 4 bytes or else
        // its offset), in ascending tag order, and the offset of the next IFD (0: none).
        void Entries(int at, params (ushort Tag, ushort Type, uint Count, uint Value)[] entries)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(tiff.AsSpan(at), (ushort)entries.Length);
            for (var i = 0; i < entries.Length; i++)
            {
                var entry = tiff.AsSpan(at + 2 + (i * 12));
                BinaryPrimitives.WriteUInt16LittleEndian(entry, entries[i].Tag);
                BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], entries[i].Type);
                BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], entries[i].Count);
                BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], entries[i].Value); // a SHORT or bytes: left-justified
            }
        }

        if (!withGps)
        {
            Entries(ifd0, (0x0112, ShortType, 1, (uint)orientation));
        }
        else
        {
            Entries(ifd0, (0x0112, ShortType, 1, (uint)orientation), (0x8825, LongType, 1, (uint)gps));
            Entries(gps,
                (0x0000, ByteType, 4, BinaryPrimitives.ReadUInt32LittleEndian([2, 3, 0, 0])), // GPSVersionID 2.3.0.0
                (0x0001, AsciiType, 2, 'N'), // GPSLatitudeRef "N\0"
                (0x0002, RationalType, 3, (uint)rationals), // GPSLatitude 28/1 10/1 0/1
                (0x0003, AsciiType, 2, 'E'), // GPSLongitudeRef "E\0"
                (0x0004, RationalType, 3, (uint)rationals + 24)); // GPSLongitude 112/1 58/1 0/1
            uint[] degreesMinutesSeconds = [28, 10, 0, 112, 58, 0];
            for (var i = 0; i < degreesMinutesSeconds.Length; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(rationals + (i * 8)), degreesMinutesSeconds[i]);
                BinaryPrimitives.WriteUInt32LittleEndian(tiff.AsSpan(rationals + (i * 8) + 4), 1);
            }
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }

    // The XMP a phone writes beside its EXIF, the position again. The packet begins with a byte order mark.
    private static readonly string Xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + """
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
          xmp:CreatorTool="ParkSiteGen tests" exif:GPSLatitude="28,10.0N" exif:GPSLongitude="112,58.0E"/>
        </rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """;

    /// <summary>A PNG chunk: length, type, data, and the CRC-32 of type and data.</summary>
    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32.HashToUInt32(typeAndData));
        png.Write(word);
    }

    /// <summary>A seed from the file's name (FNV-1a): the same name, the same picture, on every machine (string's own
    /// hash code changes from run to run).</summary>
    private static int SeedOf(string path)
    {
        var hash = 2166136261;
        foreach (var c in Path.GetFileName(path))
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
