using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Import;

/// <summary>What a sheet is read against, and where what it gives goes.</summary>
/// <param name="Park">--park: the park of a sheet that does not name it.</param>
/// <param name="Year">--year: the year of a sheet that does not say it.</param>
public sealed class SheetReading(Workbook workbook, ContentSet content, Park? park, int? year, DiagnosticBag diagnostics)
{
    public Workbook Workbook { get; } = workbook;

    public ContentSet Content { get; } = content;

    public Park? Park { get; } = park;

    public int? Year { get; } = year;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public NameIndex<Indicator> Indicators { get; } = NameIndexes.Indicators(content.Indicators);

    public NameIndex<Park> Parks { get; } = NameIndexes.Parks(content.Parks);

    public List<SheetFigure> Figures { get; } = [];

    /// <summary>A cell, as messages name it: the file, then "Sheet1!C7".</summary>
    public SourceLocation At(Sheet sheet, int row, int column) => SourceLocation.WholeFile($"{Workbook.File} {sheet.Address(row, column)}");

    public void Error(string code, Sheet sheet, int row, int column, string message, CellProblem problem) =>
        Diagnostics.Error(code, At(sheet, row, column), message, problem.Found, problem.Expected, problem.Hint);

    /// <summary>A value of the cell (row, column) for an indicator, reported when it cannot be read.</summary>
    public CellValue? Value(Sheet sheet, int row, int column, Indicator indicator, string? unit)
    {
        var value = CellReader.Value(sheet.Cell(row, column), UnitScales.Of(indicator.Unit, indicator.Counter), unit, out var problem);
        if (problem is not null)
        {
            Error("import-cell", sheet, row, column, $"the {Name(indicator)} cannot be read", problem);
        }

        return value;
    }

    public decimal? Growth(Sheet sheet, int row, int column, Indicator indicator)
    {
        var growth = CellReader.Growth(sheet.Cell(row, column), out var problem);
        if (problem is not null)
        {
            Error("import-cell", sheet, row, column, $"the growth of the {Name(indicator)} cannot be read", problem);
        }

        return growth;
    }

    /// <summary>税收 (tax_revenue).</summary>
    public static string Name(Indicator indicator) => $"{indicator.Name.Get(Language.Zh, [Language.En])} ({indicator.Key})";

    /// <summary>A park by a name in a cell; reports an unknown one, with the nearest name when there is one.</summary>
    public Park? FindPark(Sheet sheet, int row, int column, string name)
    {
        if (Parks.Find(name, out var ambiguous) is { } found)
        {
            return found;
        }

        Diagnostics.Error("import-park", At(sheet, row, column), $"'{name}' is not a park of this site",
            name, ambiguous.Count > 1 ? "one park: several have this name" : "a park of content/parks/ by its slug, Chinese or English name or short name",
            ambiguous.Count > 1 ? $"use the slug: {string.Join(" or ", ambiguous.Select(p => p.Slug))}"
                : Parks.DidYouMean(name) ?? "add the park first (parksitegen new park SLUG), or check the name");
        return null;
    }

    /// <summary>An indicator by a name in a cell. A near miss of a known name is an error (a typo would otherwise drop the
    /// figure); a name like none is a row or column of the office's own, skipped with a warning.</summary>
    public Indicator? FindIndicator(Sheet sheet, int row, int column, string name)
    {
        if (Indicators.Find(name, out var ambiguous) is { } found)
        {
            return found;
        }

        if (ambiguous.Count > 1)
        {
            Diagnostics.Error("import-indicator", At(sheet, row, column), $"'{name}' names several indicators", name,
                "one indicator", $"write its key: {string.Join(" or ", ambiguous.Select(i => i.Key))}");
        }
        else if (Indicators.DidYouMean(name) is { } suggestion)
        {
            Diagnostics.Error("import-indicator", At(sheet, row, column), $"'{name}' is not an indicator of content/indicators.yml",
                name, "an indicator's key, Chinese or English name", suggestion);
        }
        else
        {
            Diagnostics.Warning("import-skipped", At(sheet, row, column), $"'{name}' is not an indicator of content/indicators.yml; its figures are skipped",
                name, "an indicator's key, Chinese or English name", "add the indicator to content/indicators.yml to import it");
        }

        return null;
    }

    /// <summary>The park a sheet is about: what the sheet says, or --park; the two must agree.</summary>
    public Park? ResolvePark(Sheet sheet, Park? fromSheet, string where) =>
        Resolve(sheet, fromSheet, Park, where, "--park", p => p.Slug, "park", "no row 园区 | name above the header",
            "add a row '园区 | the park's name' above the header, or pass --park SLUG");

    /// <summary>The year a sheet is about: what the sheet says, or --year; the two must agree.</summary>
    public int? ResolveYear(Sheet sheet, int? fromSheet, string where) =>
        Resolve(sheet, Text(fromSheet), Text(Year), where, "--year", y => y, "year",
            "no year in the title or a 年份 row", "pass --year YYYY, or add a row '年份 | 2024' above the header") is { } year
            ? int.Parse(year, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static string? Text(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What a sheet says, else what the option says; reported when they differ, or when neither says.</summary>
    private T? Resolve<T>(Sheet sheet, T? fromSheet, T? fromOption, string where, string option, Func<T, string> show, string what, string missing, string hint)
        where T : class
    {
        var at = SourceLocation.WholeFile($"{Workbook.File} {sheet.Name}!");
        if (fromSheet is not null && fromOption is not null && !EqualityComparer<T>.Default.Equals(fromSheet, fromOption))
        {
            Diagnostics.Error("import-" + what, at, $"sheet '{sheet.Name}' is about {show(fromSheet)} ({where}), not {show(fromOption)} as {option} says",
                show(fromSheet), show(fromOption), $"leave {option} out, or import the sheet of that {what}");
            return default;
        }

        var resolved = fromSheet ?? fromOption;
        if (resolved is null)
        {
            Diagnostics.Error("import-" + what, at, $"sheet '{sheet.Name}' does not say which {what} its figures are for", missing, $"the {what}", hint);
        }

        return resolved;
    }
}
