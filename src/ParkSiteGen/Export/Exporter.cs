using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Export;

/// <summary>`export`: the fill-in workbook of a year, written whole or not at all.</summary>
public static class Exporter
{
    /// <returns>Whether it was written; problems have been reported to <paramref name="output"/>.</returns>
    public static bool Run(string siteDir, int year, string outFile, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var content = ContentLoader.Load(siteDir, diagnostics, sources);
        if (content is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
            output.WriteLine("The site's content has errors: fix them (see above), then export. Nothing written.");
            return false;
        }

        var bytes = FillInWorkbook.Write(content, year);
        var folder = Path.GetDirectoryName(Path.GetFullPath(outFile))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(outFile) + ".export-tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, outFile, overwrite: true);
        var entered = content.Parks.Count(p => p.Years.Any(y => y.Year == year));
        output.WriteLine(entered == 0
            ? $"Wrote {outFile}: an empty template for {year}, one sheet per park ({content.Parks.Count}), with {year - 1}'s figures for reference."
            : $"Wrote {outFile}: {year}, one sheet per park ({content.Parks.Count}; {entered} with figures for {year}), {content.Indicators.Count} indicators each.");
        output.WriteLine($"Fill in the 本年 column, then: parksitegen import {outFile} --site {siteDir}");
        return true;
    }
}
