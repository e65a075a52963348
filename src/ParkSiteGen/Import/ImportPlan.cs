using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Import;

public enum ChangeKind
{
    /// <summary>data.yml has no value for it yet.</summary>
    New,

    /// <summary>It replaces a different value (the sheet marks a correction, or --force), or adds a growth rate.</summary>
    Changed,

    Unchanged,

    /// <summary>data.yml has a different value, which stays: the sheet does not mark a correction and --force is off.</summary>
    Kept,
}

public sealed record FigureChange(SheetFigure Sheet, Figure? Existing, ChangeKind Kind);

/// <param name="Folder">The year's folder; <paramref name="NewFile"/> when it has no data.yml yet.</param>
/// <param name="File">content/parks/&lt;slug&gt;/&lt;year&gt;/data.yml, as messages name it.</param>
public sealed record FileChanges(Park Park, int Year, string Folder, string File, bool NewFile, IReadOnlyList<FigureChange> Changes)
{
    public IEnumerable<FigureEdit> Edits => Changes.Where(c => c.Kind is ChangeKind.New or ChangeKind.Changed)
        .Select(c => new FigureEdit(c.Sheet.Indicator.Key, c.Sheet.Value, c.Sheet.Qualifier,
            // A growth the file already has, equal to the sheet's, is left as written.
            c.Sheet.Yoy is { } y && c.Existing?.Yoy != y ? y : null));
}

/// <summary>Compares what the sheets give with what data.yml files hold, figure by figure.</summary>
public static class ImportPlan
{
    public static List<FileChanges> Make(IReadOnlyList<SheetFigure> figures, bool force, DiagnosticBag diagnostics, string workbook)
    {
        var files = new List<FileChanges>();
        foreach (var group in figures.GroupBy(f => (f.Park, f.Year)).OrderBy(g => g.Key.Park.Slug, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var (park, year) = group.Key;
            var report = park.Years.FirstOrDefault(y => y.Year == year);
            var folder = report?.Folder ?? Path.Combine(park.Folder, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var file = $"content/parks/{park.Slug}/{year}/data.yml";
            var changes = new List<FigureChange>();
            foreach (var same in group.GroupBy(f => f.Indicator).OrderBy(g => g.Key.Order))
            {
                var first = same.First();
                if (same.Skip(1).FirstOrDefault(f => f.Value != first.Value || f.Qualifier != first.Qualifier || f.Yoy != first.Yoy) is { } other)
                {
                    diagnostics.Error("import-twice", SourceLocation.WholeFile($"{workbook} {other.Address}"),
                        $"the {SheetReading.Name(first.Indicator)} of {park.Slug} in {year} is given twice, differently",
                        $"{Show(other)} at {other.Address}", $"one value, as at {first.Address}: {Show(first)}", "keep one of the two cells");
                    continue;
                }

                var existing = report?.Indicators.FirstOrDefault(f => f.Indicator == first.Indicator);
                changes.Add(new FigureChange(first, existing, KindOf(first, existing, force)));
            }

            files.Add(new FileChanges(park, year, folder, file, !File.Exists(Path.Combine(folder, "data.yml")), changes));
        }

        return files;
    }

    private static ChangeKind KindOf(SheetFigure sheet, Figure? existing, bool force)
    {
        if (existing is null)
        {
            return ChangeKind.New;
        }

        var sameValue = existing.Value == sheet.Value && existing.Qualifier == sheet.Qualifier;
        if (sameValue && (sheet.Yoy is null || existing.Yoy == sheet.Yoy))
        {
            return ChangeKind.Unchanged;
        }

        if (sameValue && existing.Yoy is null)
        {
            return ChangeKind.Changed; // a growth rate where there was none: nothing is replaced
        }

        return sheet.Corrected || force ? ChangeKind.Changed : ChangeKind.Kept;
    }

    /// <summary>"约8.7 (yoy 6.5%)".</summary>
    public static string Show(SheetFigure figure) => Show(figure.Value, figure.Qualifier, figure.Yoy);

    public static string Show(decimal value, Qualifier qualifier, decimal? yoy) =>
        SheetWords.WithQualifier(Formatting.Numbers.Source(Formatting.Numbers.Normalize(value)), qualifier)
        + (yoy is { } y ? $" (yoy {Formatting.Numbers.Source(Formatting.Numbers.Normalize(y))}%)" : "");
}
