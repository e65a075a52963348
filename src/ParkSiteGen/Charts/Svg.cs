using System.Globalization;
using System.Net;
using System.Text;

namespace ParkSiteGen.Charts;

/// <summary>Writes SVG markup: text escaped, coordinates with one decimal at most. A chart has hundreds of
/// numbers and a site thousands of charts, so numbers go straight into the builder, never through a string.</summary>
internal readonly struct Svg(StringBuilder sb)
{
    public Svg Raw(string markup)
    {
        sb.Append(markup);
        return this;
    }

    public Svg Int(int value)
    {
        sb.Append(value);
        return this;
    }

    /// <summary>Escaped text (titles, labels), as <see cref="WebUtility.HtmlEncode(string)"/> escapes it.</summary>
    public Svg Text(string text)
    {
        sb.Append(NeedsEncoding(text) ? WebUtility.HtmlEncode(text) : text);
        return this;
    }

    /// <summary>A coordinate rounded to one decimal, written like Math.Round(value, 1).ToString("0.#"):
    /// half to even (as Math.Round does, on value × 10), no trailing ".0".</summary>
    public Svg N(double value)
    {
        var tenths = Math.Round(value * 10);
        if (Math.Abs(tenths) >= 1e15)
        {
            sb.Append(Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture));
            return this;
        }

        if (double.IsNegative(tenths))
        {
            sb.Append('-');
            tenths = -tenths;
        }

        var whole = (long)tenths;
        sb.Append(whole / 10);
        if (whole % 10 != 0)
        {
            sb.Append('.').Append((char)('0' + (whole % 10)));
        }

        return this;
    }

    public override string ToString() => sb.ToString();

    /// <summary>Whether WebUtility.HtmlEncode would change the text: markup characters, and the characters it
    /// writes as numeric entities (U+00A0 to U+00FF, and characters beyond the BMP).</summary>
    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
        {
            if (c is '<' or '>' or '&' or '"' or '\'' or (>= '\u00A0' and <= '\u00FF') || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
