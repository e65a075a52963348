using System.Text;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content;

/// <summary>Reads an editor's text file. Accepts a UTF-8 BOM and CRLF/CR line endings silently (Windows
/// editors write both) and normalises to LF, so positions and output do not depend on the editor.
/// Anything that is not UTF-8 is an error that says where, and what the file probably is. Control characters are
/// dropped here, with a warning, for every file (<see cref="ControlCharacters"/>).</summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null when it cannot be decoded (a diagnostic has been reported).</summary>
    public static string? Read(string path, string relativePath, DiagnosticBag diagnostics, SourceTexts sources)
    {
        var bytes = ReadBytes(path, relativePath, diagnostics, out var ok);
        var text = ok ? Text(bytes, relativePath, diagnostics) : null;
        if (text is not null)
        {
            sources.Remember(relativePath, text);
        }

        return text;
    }

    /// <summary>The file's bytes; <paramref name="ok"/> is false when it cannot be read (a diagnostic has been reported).
    /// They are in a buffer of this thread's that its next read reuses: a large site reads tens of thousands of files,
    /// and an array for each was a sixth of what loading allocated (at 1000 parks x 10 years, 127 of 796 MB).</summary>
    internal static ReadOnlySpan<byte> ReadBytes(string path, string relativePath, DiagnosticBag diagnostics, out bool ok)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var length = RandomAccess.GetLength(handle);
            if (length > Array.MaxLength)
            {
                throw new IOException($"it is {length} bytes long, more than a text file can be");
            }

            // A rare large file gets an array of its own rather than staying in the thread's buffer for good.
            var buffer = length > LargestKeptBuffer ? new byte[length]
                : t_buffer is { } kept && kept.Length >= length ? kept
                : t_buffer = new byte[Math.Max(length, 16 * 1024)];
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is > 0 and var n)
            {
                read += n;
            }

            ok = true;
            return buffer.AsSpan(0, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("unreadable-file", SourceLocation.WholeFile(relativePath), $"cannot read the file: {e.Message}",
                hint: "check that the file exists and that you may read it");
            ok = false;
            return default;
        }
    }

    private const int LargestKeptBuffer = 1 << 20;

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>The bytes decoded, line ends normalised, control characters dropped (each reported); null when they are
    /// not UTF-8 (a diagnostic has been reported).</summary>
    internal static string? Text(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics) =>
        Decode(bytes, relativePath, diagnostics) is { } text ? ControlCharacters.Remove(NormalizeNewlines(text), relativePath, diagnostics) : null;

    /// <summary>A narrative's bytes as its front matter (the text up to and including the line that closes it, found by
    /// <see cref="FrontMatter.EndInUtf8"/>) and its body, each decoded on its own: the whole text is never made, only to be
    /// cut in two (a large site's narratives are most of what it reads). Null when the file is not that simple (no front
    /// matter, CR line ends, a byte that is not UTF-8, a control character): the caller then decodes it whole, which words
    /// every problem.</summary>
    internal static (string Head, string Body)? Split(ReadOnlySpan<byte> bytes)
    {
        var all = bytes.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        if (all.Contains((byte)'\r') || FrontMatter.EndInUtf8(all) is not { } end)
        {
            return null;
        }

        try
        {
            var (head, body) = (StrictUtf8.GetString(all[..end]), StrictUtf8.GetString(all[end..]));
            return ControlCharacters.None(head) && ControlCharacters.None(body) ? (head, body) : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    internal static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error("not-utf8", SourceLocation.WholeFile(relativePath), "the file is saved as UTF-16 (\"Unicode\"), not UTF-8",
                found: "a UTF-16 byte order mark", expected: "UTF-8 text",
                hint: "re-save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)");
            return null;
        }

        var start = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        try
        {
            return StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException)
        {
            var offset = FirstInvalidUtf8(bytes, start);
            var (line, column) = PositionOf(bytes, start, offset);
            var guess = LooksLikeGb18030(bytes, start)
                ? "it looks like GBK/GB18030, the default of many Chinese Windows editors"
                : "the encoding is not recognised";
            diagnostics.Error("not-utf8", new SourceLocation(relativePath, line, column),
                $"the file is not valid UTF-8: {guess}",
                found: $"byte 0x{bytes[offset]:X2} at byte offset {offset}", expected: "UTF-8 text",
                hint: "re-save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8; in VS Code: 'Save with Encoding', UTF-8)");
            return null;
        }
    }

    internal static string NormalizeNewlines(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Offset of the first byte that does not begin or continue a well-formed UTF-8 sequence.</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes, int start)
    {
        var i = start;
        while (i < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[i..], new char[4], out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.Done)
            {
                return bytes.Length - 1;
            }

            if (status == System.Buffers.OperationStatus.InvalidData || read == 0)
            {
                return i + read;
            }

            i += read;
        }

        return bytes.Length - 1;
    }

    private static (int Line, int Column) PositionOf(ReadOnlySpan<byte> bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Column in characters: decode the valid part of the line before the bad byte.
        var column = Encoding.UTF8.GetCharCount(bytes[lineStart..offset]) + 1;
        return (line, column);
    }

    private static bool LooksLikeGb18030(ReadOnlySpan<byte> bytes, int start)
    {
        try
        {
            var gb = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            if (gb is null)
            {
                return false;
            }

            var text = gb.GetString(bytes[start..]);
            return text.Any(c => c >= '\u4E00' && c <= '\u9FFF');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
