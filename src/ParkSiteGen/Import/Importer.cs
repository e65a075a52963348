using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Import;

/// <param name="File">The workbook or CSV file.</param>
/// <param name="Park">--park: the park (slug or name) of sheets that do not name theirs.</param>
/// <param name="Year">--year: the year of sheets that do not say theirs.</param>
/// <param name="Write">Without it nothing is written: the report says what would change.</param>
/// <param name="Force">Replace values that differ even where the sheet does not mark a correction.</param>
public sealed record ImportOptions(string SiteDir, string File, string? Park, int? Year, bool Write, bool Force);

/// <summary>`import`: reads a sheet of figures, says what it would change in which data.yml, figure by figure, and
/// with --write changes those files in place and validates the site as `build` would. Nothing is written while any
/// error remains.</summary>
public static class Importer
{
    /// <returns>Whether the import succeeded (exit 0); every problem has been reported to <paramref name="output"/>.</returns>
    public static bool Run(ImportOptions options, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var content = ContentLoader.Load(options.SiteDir, diagnostics, sources);
        if (content is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
            output.WriteLine("The site's content has errors: fix them (see above), then import. Nothing written.");
            return false;
        }

        Park? park = null;
        if (options.Park is { } wanted)
        {
            var parks = NameIndexes.Parks(content.Parks);
            park = parks.Find(wanted, out _);
            if (park is null)
            {
                diagnostics.Error("import-park", null, $"--park {wanted}: no such park in content/parks/", wanted, "a park's slug or name",
                    parks.DidYouMean(wanted) ?? "list the folders of content/parks/ for the slugs");
            }
        }

        var name = Path.GetFileName(options.File);
        var workbook = diagnostics.HasErrors ? null : WorkbookReader.Read(options.File, name, diagnostics);
        if (workbook is null)
        {
            return Fail(diagnostics, sources, output);
        }

        output.WriteLine($"Read {name}: {workbook.Format}.");
        var reading = new SheetReading(workbook, content, park, options.Year, diagnostics);
        var read = 0;
        foreach (var sheet in workbook.Sheets)
        {
            if (ReadSheet(sheet, reading) is { } shape)
            {
                output.WriteLine($"  sheet '{sheet.Name}': {shape}");
                read++;
            }
            else if (sheet.Rows.Any(r => r.Any(c => !c.IsEmpty)))
            {
                diagnostics.Warning("import-sheet", SourceLocation.WholeFile($"{name} {sheet.Name}!"), $"sheet '{sheet.Name}' has no header row ParkSiteGen knows; it is skipped",
                    expected: "a header with 指标名称 and 本年 (one park, indicators as rows) or with 园区名称 and indicator names (many parks)");
            }
        }

        if (read == 0)
        {
            diagnostics.Error("import-shape", SourceLocation.WholeFile(name), $"{name} has no sheet of figures ParkSiteGen can read",
                expected: "a header row with 指标名称 and 本年 (one park, one year, indicators as rows), or with 园区名称 and indicator names such as 税收（亿元） (many parks, indicators as columns)",
                hint: "see README, \"import\", for the two shapes; `parksitegen export --year YYYY` writes a workbook of the first");
        }

        var files = ImportPlan.Make(reading.Figures, options.Force, diagnostics, name);
        Report(files, reading.Figures, output);
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, sources, output);
        }

        var edits = files.Where(f => f.Edits.Any()).ToList();
        if (edits.Count == 0)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
            output.WriteLine("Nothing to change; nothing written.");
            return true;
        }

        if (!options.Write)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
            output.WriteLine($"Nothing written: run again with --write to change {Files(edits.Count)}.");
            return true;
        }

        // Every file's new text first: a layout the editor cannot change stops the import before anything is written.
        var texts = new List<(FileChanges File, string Path, string Text)>();
        foreach (var file in edits)
        {
            var path = Path.Combine(file.Folder, "data.yml");
            var before = file.NewFile ? NewFile(file, name) : Encoding.UTF8.GetString(File.ReadAllBytes(path));
            if (DataYamlEditor.Apply(before, file.File, file.Edits.ToList(), out var problem) is { } after)
            {
                texts.Add((file, path, after));
            }
            else
            {
                diagnostics.Error("import-layout", SourceLocation.WholeFile(file.File), $"{file.File} cannot be changed in place: {problem}", hint: "change it by hand, or rewrite it in the usual layout");
            }
        }

        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, sources, output);
        }

        foreach (var (file, path, text) in texts)
        {
            Directory.CreateDirectory(file.Folder);
            WriteAtomically(path, text);
            output.WriteLine($"{(file.NewFile ? "created" : "changed")} {file.File}");
        }

        DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
        return Validate(options.SiteDir, texts.Count, output);
    }

    /// <summary>Which shape the sheet has, read; null when it has neither header.</summary>
    private static string? ReadSheet(Sheet sheet, SheetReading reading)
    {
        for (var r = 0; r < Math.Min(sheet.Rows.Count, 30); r++)
        {
            var row = sheet.Rows[r];
            if (IndicatorRowsSheet.IsHeader(IndicatorRowsSheet.Roles(row)))
            {
                return IndicatorRowsSheet.Read(sheet, r, reading);
            }

            if (ParkRowsSheet.ParkColumn(row) >= 0 && ParkRowsSheet.Columns(row, reading.Indicators).Count > 0)
            {
                return ParkRowsSheet.Read(sheet, r, reading);
            }
        }

        return null;
    }

    private static void Report(List<FileChanges> files, List<SheetFigure> figures, TextWriter output)
    {
        var conversions = figures.SelectMany(f => f.Conversions).ToList();
        if (conversions.Count > 0)
        {
            output.WriteLine("Converted to the indicators' units:");
            foreach (var conversion in conversions)
            {
                output.WriteLine("  " + conversion);
            }
        }

        foreach (var file in files)
        {
            output.WriteLine($"{file.File}{(file.NewFile ? " (new file)" : "")}");
            foreach (var change in file.Changes.Where(c => c.Kind != ChangeKind.Unchanged))
            {
                var f = change.Sheet;
                var what = $"{f.Indicator.Key} {f.Indicator.Name.Get(Language.Zh, [Language.En])}";
                var was = change.Existing is { } e ? ImportPlan.Show(e.Value, e.Qualifier, e.Yoy) : "";
                output.WriteLine(change.Kind switch
                {
                    ChangeKind.New => $"  + {what}: {ImportPlan.Show(f)}  ({f.Address})",
                    ChangeKind.Changed => $"  ~ {what}: {was} -> {ImportPlan.Show(f)}  ({f.Address}{(f.Corrected ? ", marked as a correction" : "")})",
                    _ => $"  ! {what}: keeps {was}; the sheet says {ImportPlan.Show(f)} at {f.Address}: mark it 更正 in 备注 (or \"8.9（更正）\") to replace it, or pass --force",
                });
            }

            var unchanged = file.Changes.Where(c => c.Kind == ChangeKind.Unchanged).Select(c => c.Sheet.Indicator.Key).ToList();
            if (unchanged.Count > 0)
            {
                output.WriteLine($"  = unchanged ({unchanged.Count}): {string.Join(", ", unchanged)}");
            }
        }

        int Count(ChangeKind kind) => files.Sum(f => f.Changes.Count(c => c.Kind == kind));
        output.WriteLine($"{Count(ChangeKind.New)} new, {Count(ChangeKind.Changed)} changed, {Count(ChangeKind.Unchanged)} unchanged, "
            + $"{Count(ChangeKind.Kept)} kept (different in the sheet, not marked as a correction), in {Files(files.Count)}.");
    }

    /// <summary>A year's first data.yml: the figures go under the 'indicators:' the editor adds to it.</summary>
    private static string NewFile(FileChanges file, string workbook) =>
        $"# {file.Park.Slug}, {file.Year}: figures imported from {workbook}. Add the sources (sources:) and check each figure against them.\n";

    private static void WriteAtomically(string path, string text)
    {
        var temp = path + ".import-tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>The same validation as `build`, on what was written.</summary>
    private static bool Validate(string siteDir, int written, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var ok = ContentLoader.Load(siteDir, diagnostics, sources) is not null;
        DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
        output.WriteLine(ok
            ? $"Wrote {Files(written)}; the site's content checks out ({diagnostics.WarningCount} warning{(diagnostics.WarningCount == 1 ? "" : "s")})."
            : $"Wrote {Files(written)}, but the site's content now has errors (above): fix them before the next build.");
        return ok;
    }

    private static bool Fail(DiagnosticBag diagnostics, SourceTexts sources, TextWriter output)
    {
        DiagnosticPrinter.Print(diagnostics.Sorted(), sources, output);
        output.WriteLine($"{diagnostics.ErrorCount} error{(diagnostics.ErrorCount == 1 ? "" : "s")}. Nothing written.");
        return false;
    }

    private static string Files(int n) => n == 1 ? "1 file" : $"{n} files";
}
