using CsvHelper;
using ExcelDataReader;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Spreadsheets;

/// <summary>Reads a workbook (.xlsx, .xls) with ExcelDataReader or a CSV file with CsvHelper into <see cref="Sheet"/>s
/// of cells. Problems with the file itself (not found, not a workbook, an encoding it cannot be) are reported as
/// diagnostics; what the cells mean is for the reader's caller.</summary>
public static class WorkbookReader
{
    // ExcelDataReader reads an old workbook's code page through the provider CsvText registers for GBK.
    static WorkbookReader() => CsvText.RegisterCodePages();

    /// <param name="name">The file as messages name it.</param>
    public static Workbook? Read(string path, string name, DiagnosticBag diagnostics)
    {
        var where = SourceLocation.WholeFile(name);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".xlsx" or ".xlsm" or ".xls" or ".csv"))
        {
            diagnostics.Error("import-file-kind", where, $"{name} is not a spreadsheet ParkSiteGen reads", found: extension.Length == 0 ? "no extension" : extension,
                expected: ".xlsx (Excel workbook), .xls or .csv", hint: "in Excel, use File > Save As > Excel Workbook (*.xlsx)");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("import-unreadable", where, $"{name} cannot be read", found: e.Message, expected: "a readable file",
                hint: e is FileNotFoundException or DirectoryNotFoundException ? "check the path" : "close the file in Excel and try again");
            return null;
        }

        return extension == ".csv" ? ReadCsv(bytes, name, diagnostics) : ReadExcel(bytes, name, diagnostics);
    }

    private static Workbook? ReadCsv(byte[] bytes, string name, DiagnosticBag diagnostics)
    {
        if (CsvText.Decode(bytes) is not var (text, encoding))
        {
            diagnostics.Error("import-encoding", SourceLocation.WholeFile(name), $"{name} is neither UTF-8 nor GBK text",
                expected: "CSV saved as UTF-8 or by Excel on Chinese Windows (GBK)", hint: "in Excel, save it again as \"CSV UTF-8 (Comma delimited)\"");
            return null;
        }

        var rows = new List<IReadOnlyList<SheetCell>>();
        try
        {
            using var reader = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false });
            while (reader.Read())
            {
                var cells = new SheetCell[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = new SheetCell(reader.GetString(i));
                }

                rows.Add(cells);
            }
        }
        catch (CsvFormatException e)
        {
            diagnostics.Error("import-csv", SourceLocation.WholeFile(name), $"{name} is not well-formed CSV", found: e.Message,
                expected: "comma-separated cells, quoted with \" where they hold a comma", hint: "open it in Excel and save it again as CSV");
            return null;
        }

        // Excel names a CSV file's one sheet after the file: so do messages ("figures!C7").
        return new Workbook(name, $"CSV, {encoding}", [new Sheet(Path.GetFileNameWithoutExtension(name), rows)]);
    }

    private static Workbook? ReadExcel(byte[] bytes, string name, DiagnosticBag diagnostics)
    {
        var sheets = new List<Sheet>();
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                var rows = new List<IReadOnlyList<SheetCell>>();
                while (reader.Read())
                {
                    var cells = new SheetCell[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = Cell(reader.GetValue(i), reader.GetNumberFormatString(i));
                    }

                    rows.Add(cells);
                }

                // A hidden sheet is the office's working, not the figures it sends.
                if (reader.VisibleState == "visible")
                {
                    sheets.Add(new Sheet(reader.Name, rows));
                }
            }
            while (reader.NextResult());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader signals a file it cannot read with exceptions of its own and of the zip and XML readers.
            diagnostics.Error("import-workbook", SourceLocation.WholeFile(name), $"{name} is not a workbook ParkSiteGen can read", found: e.Message,
                expected: "an Excel workbook (.xlsx or .xls), not password-protected",
                hint: "open it in Excel and save it again as Excel Workbook (*.xlsx)");
            return null;
        }

        return new Workbook(name, Path.GetExtension(name).Equals(".xls", StringComparison.OrdinalIgnoreCase) ? "Excel 97-2003 workbook (.xls)" : "Excel workbook (.xlsx)", sheets);
    }

    private static SheetCell Cell(object? value, string? format) => value switch
    {
        null => SheetCell.Empty,
        double d when double.IsFinite(d) && Math.Abs(d) < 7.9e27 =>
            new SheetCell(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), (decimal)d, IsPercentFormat(format)),
        double d => new SheetCell(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        DateTime t => new SheetCell(t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        bool b => new SheetCell(b ? "TRUE" : "FALSE"),
        _ => new SheetCell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>A number format with a '%' outside quotes ("0.0%"): the cell holds a fraction shown as a percentage.</summary>
    private static bool IsPercentFormat(string? format)
    {
        var quoted = false;
        foreach (var c in format ?? "")
        {
            quoted ^= c == '"';
            if (c == '%' && !quoted)
            {
                return true;
            }
        }

        return false;
    }
}
