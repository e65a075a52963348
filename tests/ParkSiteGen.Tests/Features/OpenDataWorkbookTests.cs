using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.OpenData;
using ParkSiteGen.Spreadsheets;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Features;

/// <summary>The open data's .xlsx files: the CSV's records, numbers as numbers, valid Open XML, read alike by the
/// generator's reader (ExcelDataReader) and by a second one (the Open XML SDK), the same bytes on every build.</summary>
[Collection(FixtureSiteCollection.Name)]
public class OpenDataWorkbookTests(FixtureSiteBuild site)
{
    private IEnumerable<string> Workbooks() =>
        Directory.GetFiles(Path.Combine(site.Output, "data"), "*.xlsx", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_csv_has_its_workbook()
    {
        var csv = Directory.GetFiles(Path.Combine(site.Output, "data"), "*.csv", SearchOption.AllDirectories).Select(f => Path.ChangeExtension(f, ".xlsx")).Order(StringComparer.Ordinal);
        Assert.Equal(csv, Workbooks());
    }

    [Fact]
    public void Both_readers_find_the_csvs_records_with_numbers_as_numbers()
    {
        var numeric = FigureRecords.Columns.Select(c => c is "year" or "target_year" or "value" or "yoy" or "of").ToArray();
        foreach (var workbook in Workbooks())
        {
            var csv = Read(Path.ChangeExtension(workbook, ".csv")).Sheets.Single().Rows;
            var ours = Read(workbook);
            var second = TestWorkbooks.Read(workbook);

            var sheet = Assert.Single(ours.Sheets);
            Assert.Equal("figures", sheet.Name);
            Assert.Equal("figures", Assert.Single(second).Name);
            Assert.Equal(csv.Count, sheet.Rows.Count);
            Assert.Equal(csv.Count, second[0].Rows.Count);
            for (var r = 0; r < csv.Count; r++)
            {
                for (var c = 0; c < FigureRecords.Columns.Length; c++)
                {
                    var expected = csv[r][c].Text;
                    var cell = sheet.Cell(r, c);
                    var other = c < second[0].Rows[r].Count ? second[0].Rows[r][c] : "";
                    if (r > 0 && numeric[c] && expected.Length > 0)
                    {
                        var number = decimal.Parse(expected, CultureInfo.InvariantCulture);
                        Assert.Equal(number, cell.Number);
                        Assert.Equal(number, decimal.Parse(other, NumberStyles.Float, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Assert.Null(cell.Number);
                        Assert.Equal(expected, cell.Text);
                        Assert.Equal(expected, other);
                    }
                }
            }
        }
    }

    [Fact]
    public void The_workbooks_are_valid_open_xml()
    {
        foreach (var workbook in Workbooks())
        {
            using var document = SpreadsheetDocument.Open(workbook, isEditable: false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, workbook + "\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public void Nothing_in_a_workbook_says_when_it_was_written()
    {
        foreach (var workbook in Workbooks())
        {
            using var zip = ZipFile.OpenRead(workbook);
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
            Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_data_page_links_each_workbook()
    {
        var page = site.Page("/en/data/");
        Assert.Contains("figures.xlsx\" download>Excel</a>", page);
        Assert.Contains("parks/alpha-edz.xlsx\" download>Excel</a>", page);
    }

    private static Workbook Read(string path)
    {
        var diagnostics = new DiagnosticBag();
        var workbook = WorkbookReader.Read(path, Path.GetFileName(path), diagnostics);
        Assert.True(workbook is not null, string.Join("\n", diagnostics.Sorted().Select(d => DiagnosticPrinter.Format(d, null))));
        return workbook;
    }
}
