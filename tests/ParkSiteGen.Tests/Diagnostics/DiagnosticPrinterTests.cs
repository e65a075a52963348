using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Tests.Diagnostics;

public class DiagnosticPrinterTests
{
    /// <summary>A line of 100,000 characters (a paste gone wrong, found by the fuzzer) is quoted around the column, not whole,
    /// and the marker still points at the character the message is about.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(50_000)]
    [InlineData(100_000)]
    public void A_very_long_line_is_quoted_around_the_column(int column)
    {
        var line = new string('[', column - 1) + "X" + new string('[', 100_000 - column);
        var sources = new SourceTexts();
        sources.Remember("content/site.yml", "title: x\n" + line + "\n");

        var report = DiagnosticPrinter.Format(new Diagnostic(Severity.Error, "yaml-syntax", new SourceLocation("content/site.yml", 2, column), "too deep"), sources);

        var lines = report.Split('\n');
        var quoted = lines[1]["  2 | ".Length..];
        var marker = lines[2]["    | ".Length..];
        Assert.InRange(quoted.Length, 100, 162);
        Assert.Equal('X', quoted[marker.IndexOf('^', StringComparison.Ordinal)]);
        Assert.Equal(column > 1, quoted.StartsWith('…'));
        Assert.Equal(column < 100_000, quoted.EndsWith('…'));
    }

    [Fact]
    public void A_line_of_ordinary_length_is_quoted_whole()
    {
        var sources = new SourceTexts();
        sources.Remember("content/site.yml", "title: x\nbase_url: parks.example.org   \n");

        var report = DiagnosticPrinter.Format(new Diagnostic(Severity.Error, "bad-url", new SourceLocation("content/site.yml", 2, 11, 17), "not a url"), sources);

        Assert.Contains("  2 | base_url: parks.example.org\n    |           ^^^^^^^^^^^^^^^^^\n", report);
    }
}
