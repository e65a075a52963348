using System.Globalization;
using ParkSiteGen.Charts;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Tests.Charts;

public class SvgTests
{
    /// <summary>Chart coordinates are written without going through a string; they must read exactly as
    /// Math.Round(value, 1).ToString("0.#") does, halves to even included.</summary>
    [Fact]
    public void Coordinates_are_written_as_rounding_to_one_decimal_writes_them()
    {
        var random = new Random(20261122);
        var values = new List<double> { 0, 0.05, 0.15, 0.25, 0.35, 1.25, 2.5, -0.04, -0.05, -0.06, -1.25, 12.34, 99.95, 599.999, 40, 72.45, 1e14 + 0.3, -7.5 };
        values.AddRange(Enumerable.Range(0, 20000).Select(_ => (random.NextDouble() - 0.2) * 700));
        values.AddRange(Enumerable.Range(0, 2000).Select(i => i / 20.0));
        using var page = new PageBuffer();
        foreach (var value in values)
        {
            page.Clear();
            new Svg(page).N(value);
            Assert.Equal(Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture), page.ToString());
        }
    }

    [Theory]
    [InlineData("plain text 园区")]
    [InlineData("A & B <c> \"d\" 'e'")]
    [InlineData("café ½ ©")]
    [InlineData("emoji 😀 and 𠀀")]
    public void Text_is_escaped_as_WebUtility_escapes_it(string text)
    {
        using var page = new PageBuffer();
        new Svg(page).Text(text);
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text), page.ToString());
    }
}
