using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.OpenData;

/// <summary>The open data as an Excel workbook: the columns of <see cref="FigureRecords"/>, a bold header row that stays
/// in view, and the numeric columns (year, value, yoy...) as numbers, so that a reader can sort and sum them. A sheet
/// holds at most Excel's 1,048,576 rows; the figures go on in a sheet "figures (2)" after that.</summary>
public sealed class DataWorkbook : IDisposable
{
    private static readonly bool[] Numeric = FigureRecords.Columns.Select(c => c is "year" or "target_year" or "value" or "yoy" or "of").ToArray();
    private static readonly double[] Widths = FigureRecords.Columns.Select(c => c.StartsWith("park_name", StringComparison.Ordinal)
        || c.StartsWith("indicator_name", StringComparison.Ordinal) ? 28.0 : 0).ToArray();

    private readonly XlsxWriter _writer = new();
    private int _rowsInSheet;
    private bool _started;

    /// <summary>One park's workbook, whole.</summary>
    public static byte[] Of(IReadOnlyList<XlsxCell[]> rows)
    {
        using var workbook = new DataWorkbook();
        workbook.Add(rows);
        return workbook.Finish();
    }

    /// <summary>A record's cells, made once for the park's workbook and the site's.</summary>
    public static XlsxCell[] Row(IReadOnlyList<string> record)
    {
        var cells = new XlsxCell[record.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var text = record[i];
            cells[i] = Numeric[i] && text.Length > 0
                ? XlsxCell.Of(decimal.Parse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture))
                : new XlsxCell(text);
        }

        return cells;
    }

    public void Add(IReadOnlyList<XlsxCell[]> rows)
    {
        foreach (var row in rows)
        {
            if (!_started || _rowsInSheet == XlsxWriter.MaxRows)
            {
                StartSheet();
            }

            _writer.AddRow(row);
            _rowsInSheet++;
        }
    }

    /// <summary>The workbook; a site without figures gets its header row.</summary>
    public byte[] Finish()
    {
        if (!_started)
        {
            StartSheet();
        }

        return _writer.Finish();
    }

    public void Dispose() => _writer.Dispose();

    private void StartSheet()
    {
        _writer.StartSheet("figures", Widths, frozenRows: 1);
        var header = FigureRecords.Columns.Select(c => new XlsxCell(c, Header: true)).ToArray();
        _writer.AddRow(header);
        _rowsInSheet = 1;
        _started = true;
    }
}
