using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Import;

/// <summary>`export` then `import --write` of what it wrote: every data.yml stays byte for byte what it was, and a
/// year emptied of its figures gets them all back, qualifiers and growth rates included.</summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, byte[]> DataFiles(string site) =>
        Directory.GetFiles(Path.Combine(site, "content"), "data.yml", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes);

    private static List<int> Years(string site) =>
        Directory.GetDirectories(Path.Combine(site, "content", "parks")).SelectMany(Directory.GetDirectories)
            .Select(Path.GetFileName).Select(n => int.TryParse(n, out var y) ? y : 0).Where(y => y > 0).Distinct().Order().ToList();

    /// <summary>Exports and imports every year (and the year after the last, an empty template); returns the reports.</summary>
    private List<string> ExportAndImportEveryYear(string site)
    {
        var reports = new List<string>();
        var years = Years(site);
        foreach (var year in years.Append(years.Max() + 1))
        {
            var workbook = _temp[$"figures-{year}.xlsx"];
            var export = Parksitegen.Run("export", "--site", site, "--year", year.ToString(), "--out", workbook);
            Assert.True(export.ExitCode == 0, export.ToString());
            var import = Parksitegen.Run("import", workbook, "--site", site, "--write");
            Assert.True(import.ExitCode == 0, import.ToString());
            reports.Add(import.Stdout);
        }

        return reports;
    }

    private string CopyOfSampleSite()
    {
        var site = _temp["sample"];
        TempDir.CopyTree(Path.Combine(Repo.Root, "content"), Path.Combine(site, "content"));
        return site;
    }

    [Fact]
    public void Every_year_of_the_sample_site_comes_back_byte_for_byte()
    {
        var site = CopyOfSampleSite();
        var before = DataFiles(site);

        var reports = ExportAndImportEveryYear(site);

        Assert.All(reports, r => Assert.Contains(" 0 new, 0 changed, ", " " + r.Split('\n').First(l => l.Contains(" new, ", StringComparison.Ordinal))));
        Assert.All(reports, r => Assert.Contains(", 0 kept", r));
        Assert.Contains(reports, r => r.Contains(" unchanged (", StringComparison.Ordinal));
        var after = DataFiles(site);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key + " changed"));
    }

    [Fact]
    public void A_year_emptied_of_its_figures_gets_every_one_back()
    {
        var site = CopyOfSampleSite();
        var original = Figures(site);
        var workbooks = Years(site).ToDictionary(y => y, y =>
        {
            var file = _temp[$"all-{y}.xlsx"];
            Assert.Equal(0, Parksitegen.Run("export", "--site", site, "--year", y.ToString(), "--out", file).ExitCode);
            return file;
        });
        foreach (var data in Directory.GetFiles(Path.Combine(site, "content"), "data.yml", SearchOption.AllDirectories))
        {
            File.WriteAllLines(data, WithoutIndicators(File.ReadAllLines(data)));
        }

        foreach (var workbook in workbooks.Values)
        {
            var import = Parksitegen.Run("import", workbook, "--site", site, "--write");
            Assert.True(import.ExitCode == 0, import.ToString());
        }

        Assert.Equal(original, Figures(site));
    }

    /// <summary>The lines of a data.yml without its 'indicators:' block (its other keys stay, so it is still valid).</summary>
    private static IEnumerable<string> WithoutIndicators(string[] lines)
    {
        var inside = false;
        foreach (var line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '#')
            {
                inside = line.StartsWith("indicators:", StringComparison.Ordinal);
            }

            if (!inside)
            {
                yield return line;
            }
        }
    }

    /// <summary>Every result figure of the site as "park year key value qualifier yoy".</summary>
    private static List<string> Figures(string site)
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(site, diagnostics, new SourceTexts());
        Assert.True(content is not null, string.Join("\n", diagnostics.Sorted().Select(d => DiagnosticPrinter.Format(d, null))));
        return content.Parks.SelectMany(p => p.Years.SelectMany(y => y.Indicators.Select(f =>
            $"{p.Slug} {y.Year} {f.Indicator.Key} {ParkSiteGen.Formatting.Numbers.Source(ParkSiteGen.Formatting.Numbers.Normalize(f.Value))} {f.Qualifier} {f.Yoy}"))).Order().ToList();
    }

    [PythonFact]
    public void A_year_of_the_200_park_benchmark_corpus_comes_back_byte_for_byte()
    {
        var site = _temp["corpus"];
        Python.GenerateCorpus(200, 5, site);
        var before = DataFiles(site);
        var year = Years(site).Max();
        var workbook = _temp["corpus.xlsx"];

        Assert.Equal(0, Parksitegen.Run("export", "--site", site, "--year", year.ToString(), "--out", workbook).ExitCode);
        var import = Parksitegen.Run("import", workbook, "--site", site, "--write");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("in 200 files.", import.Stdout);
        Assert.Matches(@"\n0 new, 0 changed, [1-9]\d+ unchanged, 0 kept", import.Stdout);
        var after = DataFiles(site);
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key + " changed"));
    }
}
