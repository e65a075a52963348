using System.Globalization;

namespace ParkSiteGen.Formatting;

/// <summary>Number spelling. Chinese pages keep the source digits; English pages drop trailing zeros and
/// group thousands. Exact decimal arithmetic throughout: nothing is rounded unless a caller asks.</summary>
public static class Numbers
{
    /// <summary>The digits as the editor wrote them (decimal keeps its scale: 41.880 stays 41.880).</summary>
    public static string Source(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exact, without trailing zeros, with thousands separators: 1731 -> "1,731", 4.1880 -> "4.188".
    /// Spelled in a buffer on the stack: a large site spells millions of figures, each string made once.</summary>
    public static string Grouped(decimal value)
    {
        if (value == 0m)
        {
            return "0"; // whatever its scale or sign (0.00, -0.0)
        }

        // The digits as stored, then the fraction's trailing zeros dropped: the same text as the normalised value's,
        // without a decimal division per figure (a large site spells millions).
        Span<char> digits = stackalloc char[32]; // a decimal has at most 29 digits, a sign and a point
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> text = WithoutTrailingZeros(digits[..length]);
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..];
        }

        var point = text.IndexOf('.');
        var whole = point < 0 ? text.Length : point;
        Span<char> grouped = stackalloc char[48];
        var n = 0;
        if (negative)
        {
            grouped[n++] = '-';
        }

        for (var i = 0; i < whole; i++)
        {
            if (i > 0 && (whole - i) % 3 == 0)
            {
                grouped[n++] = ',';
            }

            grouped[n++] = text[i];
        }

        text[whole..].CopyTo(grouped[n..]);
        return new string(grouped[..(n + text.Length - whole)]);
    }

    /// <summary>"4.1880" -> "4.188", "50.0" -> "50", "1200" -> "1200" (only a fraction loses zeros).</summary>
    private static ReadOnlySpan<char> WithoutTrailingZeros(ReadOnlySpan<char> text)
    {
        if (!text.Contains('.'))
        {
            return text;
        }

        text = text.TrimEnd('0');
        return text.EndsWith('.') ? text[..^1] : text;
    }

    /// <summary>The same value with the smallest scale: 4.1880 -> 4.188, 50.0 -> 50.</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Rounded half away from zero, then normalised: for derived figures only (computed growth, hectares).</summary>
    public static decimal Round(decimal value, int decimals) => Normalize(Math.Round(value, decimals, MidpointRounding.AwayFromZero));

    public static string Ordinal(decimal value)
    {
        var n = (long)value;
        var suffix = (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return Grouped(n) + suffix;
    }
}
