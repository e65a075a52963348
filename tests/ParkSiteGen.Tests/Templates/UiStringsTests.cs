using ParkSiteGen.Diagnostics;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Tests.Templates;

public class UiStringsTests
{
    private static UiStrings Load(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"psg-ui-{Guid.NewGuid():N}.yml");
        File.WriteAllText(path, yaml);
        try
        {
            var diagnostics = new DiagnosticBag();
            var strings = UiStrings.Load([new ThemeFiles.File(path, "i18n/en.yml")], "i18n/en.yml", diagnostics, new SourceTexts());
            Assert.NotNull(strings);
            return strings;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("chart: \"{indicator}, {from} to {to}\"", "Tax, 2019 to 2023")]
    [InlineData("chart: \"{from}–{from} {unknown} {} {to\"", "2019–2019 {unknown} {} {to")]
    [InlineData("chart: no placeholders", "no placeholders")]
    [InlineData("chart: \"{to}{to}\"", "20232023")]
    public void Placeholders_are_filled_in_one_pass(string yaml, string expected)
    {
        var strings = Load(yaml);
        Assert.Equal(expected, strings.Format("chart", ("indicator", "Tax"), ("from", "2019"), ("to", "2023")));
    }

    [Fact]
    public void Braces_in_a_value_are_text_not_placeholders()
    {
        var strings = Load("chart: \"{a} and {b}\"");
        Assert.Equal("{b} and x", strings.Format("chart", ("a", "{b}"), ("b", "x")));
    }
}
