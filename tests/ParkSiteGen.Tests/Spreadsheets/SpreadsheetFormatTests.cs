using System.IO.Compression;
using System.Text;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Tests.Spreadsheets;

public class SpreadsheetFormatTests
{
    private static Encoding Gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    [Fact]
    public void CSV_text_is_decoded_in_the_encoding_it_came_in_and_says_which()
    {
        const string text = "园区名称,税收（亿元）\r\n阿尔法经开区,8.7\r\n";
        Assert.Equal((text, "UTF-8"), CsvText.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal((text, "UTF-8 with a byte order mark"), CsvText.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]));
        Assert.Equal((text, "GBK/GB18030, as Excel saves CSV on Chinese Windows"), CsvText.Decode(Gbk().GetBytes(text)));
        Assert.Equal((text, "UTF-16 (Excel's \"Unicode text\")"), CsvText.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]));
        Assert.Equal(("tax,8.7", "UTF-8"), CsvText.Decode(Encoding.ASCII.GetBytes("tax,8.7")));
    }

    [Fact]
    public void Bytes_that_are_neither_UTF8_nor_GB18030_are_refused()
    {
        // 0x80 starts no sequence in GB18030, and is no UTF-8 lead byte.
        Assert.Null(CsvText.Decode([0x41, 0x80, 0x42]));
    }

    [Theory]
    [InlineData(0, 0, "A1")]
    [InlineData(6, 2, "C7")]
    [InlineData(0, 25, "Z1")]
    [InlineData(9, 26, "AA10")]
    [InlineData(0, 701, "ZZ1")]
    [InlineData(0, 702, "AAA1")]
    public void Cells_are_named_as_Excel_names_them(int row, int column, string address) =>
        Assert.Equal(address, CellAddress.Of(row, column));

    [Fact]
    public void A_workbook_written_at_two_times_is_the_same_file()
    {
        static byte[] Write()
        {
            using var writer = new XlsxWriter();
            writer.StartSheet("figures", [20], frozenRows: 1);
            writer.AddRow([new XlsxCell("税收", Header: true), new XlsxCell("value", Header: true)]);
            writer.AddRow([new XlsxCell("tax_revenue"), XlsxCell.Of(8.7m)]);
            return writer.Finish();
        }

        var first = Write();
        using (var zip = new ZipArchive(new MemoryStream(first)))
        {
            Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        }

        // The clock moves on by more than a zip's two-second resolution: the bytes do not.
        Thread.Sleep(2100);
        Assert.Equal(first, Write());
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        using var writer = new XlsxWriter();
        writer.StartSheet("a-park-slug-that-is-longer-than-thirty-one", []);
        writer.StartSheet("a-park-slug-that-is-longer-than-thirty-one-too", []);
        writer.StartSheet("what? [draft]", []);
        var bytes = writer.Finish();
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
        Assert.Contains("name=\"a-park-slug-that-is-longer-than\"", workbook);
        Assert.Contains("name=\"a-park-slug-that-is-longer- (2)\"", workbook);
        Assert.Contains("name=\"what_ _draft_\"", workbook);
    }

    [Fact]
    public void Times_are_only_set_in_a_zip_archive()
    {
        Assert.Throws<InvalidDataException>(() => ZipTimes.Fix(new byte[100]));
    }
}
