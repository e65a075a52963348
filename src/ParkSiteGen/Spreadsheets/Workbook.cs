namespace ParkSiteGen.Spreadsheets;

/// <summary>One cell as a sheet holds it. <see cref="Number"/> is set when the cell is a number in the workbook (never
/// for CSV, where every cell is text); <see cref="Text"/> is what the cell shows, or the number in invariant digits.
/// <see cref="Percent"/>: Excel stores a cell formatted as a percentage as a fraction (6.5% is 0.065).</summary>
public readonly record struct SheetCell(string Text, decimal? Number = null, bool Percent = false)
{
    public static readonly SheetCell Empty = new("");

    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>A sheet's cells by row, then column, both from 0; rows may differ in length.</summary>
public sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<SheetCell>> Rows)
{
    public SheetCell Cell(int row, int column) =>
        row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : SheetCell.Empty;

    /// <summary>"Sheet1!C7": how a message names a cell, as Excel's formulas do.</summary>
    public string Address(int row, int column) => $"{Name}!{CellAddress.Of(row, column)}";
}

/// <param name="File">The file as messages name it.</param>
/// <param name="Format">What was read, for the report: "Excel workbook (.xlsx)", "CSV, GBK/GB18030"...</param>
public sealed record Workbook(string File, string Format, IReadOnlyList<Sheet> Sheets);
