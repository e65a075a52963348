using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParkSiteGen.Tests.Support;

/// <summary>Workbooks made and read with the Open XML SDK, a library the generator does not use: a sheet the tests
/// make is not one the generator's own writer made, and its workbooks are read back by a second reader.</summary>
public static class TestWorkbooks
{
    /// <summary>An .xlsx of sheets of rows; a string is text (in the shared-string table, as Excel writes it), a
    /// number a number, null an empty cell.</summary>
    public static void Write(string path, params (string Name, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook(new Sheets());
        var strings = workbookPart.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>();
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{ParkSiteGen.Spreadsheets.CellAddress.Of(r, c)}";
                    switch (rows[r][c])
                    {
                        case null:
                            break;
                        case string text:
                            if (!index.TryGetValue(text, out var i))
                            {
                                index[text] = i = index.Count;
                                strings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                            }

                            row.AppendChild(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) });
                            break;
                        case var number:
                            row.AppendChild(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToString(number, CultureInfo.InvariantCulture)!) });
                            break;
                    }
                }

                data.AppendChild(row);
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook.Sheets!.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = id++, Name = name });
        }
    }

    /// <summary>Every sheet's cells as text (numbers as written in the file), by row and column.</summary>
    public static List<(string Name, List<List<string>> Rows)> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new List<(string, List<List<string>>)>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var rows = new List<List<string>>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    cells.Add(cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText
                        : cell.CellValue?.Text ?? "");
                }

                rows.Add(cells);
            }

            result.Add((sheet.Name!.Value!, rows));
        }

        return result;
    }
}
