using System.Globalization;
using System.Net;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Charts;

/// <summary>Writes SVG markup into the page: text escaped, coordinates with one decimal at most. A chart has hundreds
/// of numbers and a site thousands of charts, so numbers go straight into the page, never through a string.</summary>
internal readonly struct Svg(PageBuffer page)
{
    public Svg Raw(string markup)
    {
        page.Write(markup);
        return this;
    }

    public Svg Int(int value)
    {
        page.Write(value);
        return this;
    }

    /// <summary>Escaped text (titles, labels), as <see cref="WebUtility.HtmlEncode(string)"/> escapes it.</summary>
    public Svg Text(string text)
    {
        page.Write(NeedsEncoding(text) ? WebUtility.HtmlEncode(text) : text);
        return this;
    }

    /// <summary>A coordinate rounded to one decimal, written like Math.Round(value, 1).ToString("0.#"):
    /// half to even (as Math.Round does, on value × 10), no trailing ".0".</summary>
    public Svg N(double value)
    {
        var tenths = Math.Round(value * 10);
        if (Math.Abs(tenths) >= 1e15)
        {
            page.Write(Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture));
            return this;
        }

        if (double.IsNegative(tenths))
        {
            page.Write('-');
            tenths = -tenths;
        }

        var whole = (long)tenths;
        page.Write(whole / 10);
        if (whole % 10 != 0)
        {
            page.Write('.');
            page.Write((char)('0' + (whole % 10)));
        }

        return this;
    }

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
