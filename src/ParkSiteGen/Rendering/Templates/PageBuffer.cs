using System.Buffers;
using System.Text;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>Where a template writes a page: a growable character buffer, reused page after page by one
/// rendering thread, so rendering a page allocates neither a StringBuilder nor the page's string. The bytes
/// go to the output as UTF-8 straight from here.</summary>
public sealed class PageBuffer : IDisposable
{
    /// <summary>The characters HTML escaping replaces (&amp; &lt; &gt; " ' ` =): the attribute-safe set of Handlebars and
    /// OWASP, kept from the theme's first engine so pages stay byte for byte the same.</summary>
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'`=");

    private char[] _chars;
    private int _length;
    private byte[] _bytes = [];

    public PageBuffer(int capacity = 64 * 1024) => _chars = ArrayPool<char>.Shared.Rent(capacity);

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        PictureWritten = false;
    }

    /// <summary>Whether a picture has been written into this page yet: the first is loaded at once (it may be in view
    /// when the page opens), the others when the reader scrolls near them.</summary>
    public bool PictureWritten { get; set; }

    /// <summary>Forgets everything written after <paramref name="length"/> (a partial's output taken back to indent it).</summary>
    public void Truncate(int length) => _length = length;

    public void Write(string? text)
    {
        if (text is not null)
        {
            Write(text.AsSpan());
        }
    }

    public void Write(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Write(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    /// <summary>An integer in invariant digits, formatted straight into the buffer.</summary>
    public void Write(long value)
    {
        if (_length + 20 > _chars.Length)
        {
            Grow(20);
        }

        value.TryFormat(_chars.AsSpan(_length), out var written, default, System.Globalization.CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>Writes <paramref name="text"/> HTML-escaped, copying the runs between escaped characters whole.</summary>
    public void WriteEscaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var next = text.IndexOfAny(Escaped);
            if (next < 0)
            {
                Write(text);
                return;
            }

            Write(text[..next]);
            Write(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                _ => "&#x3D;",
            });
            text = text[(next + 1)..];
        }
    }

    public override string ToString() => new(Span);

    /// <summary>The page as UTF-8, in a buffer this object keeps for the next page (valid until the next call).</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        var max = Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < max)
        {
            if (_bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_bytes);
            }

            _bytes = ArrayPool<byte>.Shared.Rent(max);
        }

        var count = Encoding.UTF8.GetBytes(Span, _bytes);
        return _bytes.AsSpan(0, count);
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = [];
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + needed));
        _chars.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = larger;
    }
}
