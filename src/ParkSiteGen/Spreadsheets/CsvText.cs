using System.Text;

namespace ParkSiteGen.Spreadsheets;

/// <summary>The text of a CSV file, in whichever encoding it came: Excel saves "CSV UTF-8" with a byte order mark, and
/// plain "CSV" in the system's code page, which on Chinese Windows is GBK (GB18030 contains it). The encoding is
/// detected, not assumed, and named in the report, so an editor knows which reading was made.</summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvText()
    {
        // In this order: GB18030 exists only once the code pages are registered.
        RegisterCodePages();
        Gb18030 = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The Windows code pages (GBK, 1252...), which .NET leaves out until asked.</summary>
    internal static void RegisterCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, the code page Excel writes on Chinese Windows (a superset of GBK and GB2312).</summary>
    internal static Encoding Gb18030 { get; }

    /// <summary>The text and the name of its encoding; null when the bytes are neither UTF-8/16 nor GB18030.</summary>
    public static (string Text, string Encoding)? Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return Try(StrictUtf8, bytes, 3, "UTF-8 with a byte order mark");
        }

        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]))
        {
            return Try(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 (Excel's \"Unicode text\")");
        }

        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
        {
            return Try(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes, 2, "UTF-16 big-endian");
        }

        return Try(StrictUtf8, bytes, 0, "UTF-8")
            ?? Try(Gb18030, bytes, 0, "GBK/GB18030, as Excel saves CSV on Chinese Windows");
    }

    private static (string, string)? Try(Encoding encoding, byte[] bytes, int skip, string name)
    {
        try
        {
            return (encoding.GetString(bytes, skip, bytes.Length - skip), name);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
