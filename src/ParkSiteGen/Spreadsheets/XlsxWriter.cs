using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace ParkSiteGen.Spreadsheets;

/// <summary>A cell to write: text, a number, or nothing. Header cells are bold.</summary>
public readonly record struct XlsxCell(string? Text, decimal? Number = null, bool Header = false)
{
    public static XlsxCell Of(decimal? number) => new(null, number);
}

/// <summary>Writes an .xlsx workbook in memory with SpreadCheetah, the same bytes for the same cells on every run:
/// no document properties (their creation time would differ) and every zip entry stamped with one fixed time
/// (<see cref="ZipTimes"/>). Numbers are numbers to Excel, text is inline (no shared-string table to build).</summary>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>The most rows a sheet can have in Excel.</summary>
    public const int MaxRows = 1_048_576;

    private readonly MemoryStream _stream = new();
    private readonly Spreadsheet _spreadsheet;
    private readonly StyleId _bold;
    private readonly HashSet<string> _sheetNames = new(StringComparer.OrdinalIgnoreCase);
    private Cell[] _cells = new Cell[32];
    private DataCell[] _dataCells = new DataCell[32];

    public XlsxWriter()
    {
        // The fastest compression: every build writes the open data's workbooks, and the best level took twice as
        // long for files half as small again (README, "Performance").
        var options = new SpreadCheetahOptions { DocumentProperties = null, CompressionLevel = SpreadCheetahCompressionLevel.Fastest };
        _spreadsheet = Wait(Spreadsheet.CreateNewAsync(_stream, options));
        _bold = _spreadsheet.AddStyle(new Style { Font = { Bold = true } });
    }

    /// <summary>Starts a sheet; its name is made valid for Excel (31 characters, none of []:*?/\) and unique.</summary>
    /// <param name="widths">Column widths in characters, from the first column; 0 leaves a column at Excel's width.</param>
    public void StartSheet(string name, IReadOnlyList<double> widths, int frozenRows = 0)
    {
        var options = new WorksheetOptions { FrozenRows = frozenRows > 0 ? frozenRows : null };
        for (var i = 0; i < widths.Count; i++)
        {
            if (widths[i] > 0)
            {
                options.Column(i + 1).Width = widths[i];
            }
        }

        Wait(_spreadsheet.StartWorksheetAsync(SheetName(name), options));
    }

    public void AddRow(ReadOnlySpan<XlsxCell> row)
    {
        var styled = false;
        foreach (var cell in row)
        {
            styled |= cell.Header;
        }

        if (!styled)
        {
            AddDataRow(row);
            return;
        }

        if (_cells.Length < row.Length)
        {
            _cells = new Cell[row.Length];
        }

        for (var i = 0; i < row.Length; i++)
        {
            var cell = row[i];
            _cells[i] = cell.Number is { } n ? new Cell(n)
                : cell.Text is { Length: > 0 } text ? (cell.Header ? new Cell(text, _bold) : new Cell(text))
                : default;
        }

        Wait(_spreadsheet.AddRowAsync(_cells.AsMemory(0, row.Length)));
    }

    /// <summary>A row without styles, through SpreadCheetah's lighter cells: the same bytes, written faster (README,
    /// "Performance").</summary>
    private void AddDataRow(ReadOnlySpan<XlsxCell> row)
    {
        if (_dataCells.Length < row.Length)
        {
            _dataCells = new DataCell[row.Length];
        }

        for (var i = 0; i < row.Length; i++)
        {
            var cell = row[i];
            _dataCells[i] = cell.Number is { } n ? new DataCell(n) : cell.Text is { Length: > 0 } text ? new DataCell(text) : default;
        }

        Wait(_spreadsheet.AddRowAsync(_dataCells.AsMemory(0, row.Length)));
    }

    /// <summary>The finished workbook.</summary>
    public byte[] Finish()
    {
        Wait(_spreadsheet.FinishAsync());
        var bytes = _stream.ToArray();
        ZipTimes.Fix(bytes);
        return bytes;
    }

    public void Dispose()
    {
        _spreadsheet.Dispose();
        _stream.Dispose();
    }

    private string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray()).Trim('\'');
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, 31)];
        var unique = clean;
        for (var n = 2; !_sheetNames.Add(unique); n++)
        {
            var suffix = $" ({n})";
            unique = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return unique;
    }

    // SpreadCheetah's API is asynchronous; writing to memory, its tasks complete at once, so this waits on none.
    private static void Wait(ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }

    private static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();
}
