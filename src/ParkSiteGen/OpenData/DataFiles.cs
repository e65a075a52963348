using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParkSiteGen.Output;
using ParkSiteGen.Site;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.OpenData;

/// <summary>Writes the open data: /data/figures.csv, .json and .xlsx for the whole site, /data/parks/&lt;slug&gt;.csv,
/// .json and .xlsx per park. CSV is UTF-8 with a byte order mark (so Excel opens Chinese correctly) and CRLF line ends
/// (RFC 4180); JSON is compact UTF-8 (the CSV is the one for reading by eye); the workbook has the CSV's columns, its
/// numbers as numbers (<see cref="DataWorkbook"/>). Nothing in them depends on when the build ran. Each park's records are made once, in parallel, and serve both its own files and the site's, which
/// are streamed to the output in park order as the parks are done: a site of a thousand parks never holds its
/// 100 MB of data in memory at once.</summary>
public static class DataFiles
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <param name="maxParallelism">How many parks' files are made at once; all processors when -1.</param>
    public static void Write(SiteModel model, ISiteOutput output, int maxParallelism = -1)
    {
        var header = Header(model);
        var csvHeader = CsvHeader();
        var count = model.Parks.Count;
        using var site = new SiteFiles(output, header, csvHeader);
        using var cells = new ThreadLocal<Cells>(() => new Cells());
        var done = new ParkData?[count];
        var written = 0;
        var gate = new Lock();

        // Parks are taken one at a time in order (no buffering), so those done out of order wait only briefly
        // for the ones before them to be appended to the site's files.
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var park = model.Parks[i];
            var data = ParkData.Of(model, park, cells.Value!);
            WriteParkFiles(output, park.Slug, header, csvHeader, data);
            output.Write(UrlScheme.OutputFile(UrlScheme.ParkDataFile(park.Slug, "xlsx")), DataWorkbook.Of(data.Rows));
            lock (gate)
            {
                done[i] = data;
                while (written < count && done[written] is { } next)
                {
                    site.Append(next);
                    next.Return();
                    done[written++] = null;
                }
            }
        });
    }

    /// <summary>One park's records, as CSV lines and as JSON objects separated by commas (UTF-8). Kept only until
    /// they are appended to the site's files, in arrays rented from the shared pool: a park's JSON is often over
    /// the large-object threshold, and a thousand such arrays made anew would each cost a collection's worth of
    /// the large-object heap.</summary>
    private sealed class ParkData(byte[] csv, int csvLength, byte[] json, int jsonLength, List<XlsxCell[]> rows)
    {
        /// <summary>The records as the workbooks' cells.</summary>
        public IReadOnlyList<XlsxCell[]> Rows => rows;

        public ReadOnlySpan<byte> Csv => csv.AsSpan(0, csvLength);

        public ReadOnlySpan<byte> Json => json.AsSpan(0, jsonLength);

        /// <summary>Gives the arrays back; the data is not read after this.</summary>
        public void Return()
        {
            ArrayPool<byte>.Shared.Return(csv);
            ArrayPool<byte>.Shared.Return(json);
        }

        private static byte[] Rented(ReadOnlySpan<byte> bytes)
        {
            var array = ArrayPool<byte>.Shared.Rent(bytes.Length);
            bytes.CopyTo(array);
            return array;
        }

        /// <summary>Each thread's working buffers and cell encodings, reused park after park.</summary>
        [ThreadStatic]
        private static (ArrayBufferWriter<byte> Csv, ArrayBufferWriter<byte> Json)? t_buffers;

        /// <param name="cells">This thread's cell encodings, for this build.</param>
        public static ParkData Of(SiteModel model, ParkEntry park, Cells cells)
        {
            var (csv, json) = t_buffers ??= (new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>());
            csv.ResetWrittenCount();
            json.ResetWrittenCount();
            cells.ForgetParkCells();
            var first = true;
            var rows = new List<XlsxCell[]>();
            foreach (var row in FigureRecords.Rows(model, [park]))
            {
                rows.Add(DataWorkbook.Row(row));
                json.Write(first ? "{"u8 : ",{"u8);
                first = false;
                var firstProperty = true;
                for (var i = 0; i < row.Count; i++)
                {
                    if (i > 0)
                    {
                        csv.Write(","u8);
                    }

                    var cell = row[i];
                    if (cell.Length == 0)
                    {
                        // Empty cells are left out of JSON: there, absent means "not given".
                        continue;
                    }

                    if (!firstProperty)
                    {
                        json.Write(","u8);
                    }

                    cells.Write(i, cell, csv, json);
                    firstProperty = false;
                }

                csv.Write("\r\n"u8);
                json.Write("}"u8);
            }

            return new ParkData(Rented(csv.WrittenSpan), csv.WrittenCount, Rented(json.WrittenSpan), json.WrittenCount, rows);
        }
    }

    /// <summary>A cell as CSV and as a JSON property (<c>"column":"value"</c>, as <see cref="Utf8JsonWriter"/> writes
    /// it inside an object), in UTF-8. Most cells repeat from row to row (a park's names, an indicator's, its unit, a
    /// year's sources: the same string each time), so these are encoded once, looked up by the string's identity.
    /// One per thread and build: it keeps the strings of the build's model.</summary>
    private sealed class Cells
    {
        private static readonly JsonEncodedText[] Names = FigureRecords.Columns.Select(c => JsonEncodedText.Encode(c, JsonOptions.Encoder)).ToArray();

        /// <summary>Which cells repeat, and for how long: a park's (its names, its years and their sources) until the
        /// next park starts, the site's (an indicator's names, its unit, the words of the status) always. Any other
        /// column (the value, the notes...) differs on nearly every row and is not remembered.</summary>
        private static readonly Repeats[] RepeatsIn = FigureRecords.Columns.Select(c => c switch
        {
            "park" or "park_name_zh" or "park_name_en" or "year" or "source_zh" or "source_en" => Repeats.InPark,
            "indicator" or "indicator_name_zh" or "indicator_name_en" or "status" or "unit" or "unit_name_zh" or "unit_name_en" or "qualifier" => Repeats.InSite,
            _ => Repeats.No,
        }).ToArray();

        private enum Repeats
        {
            No,
            InPark,
            InSite,
        }

        private readonly Dictionary<string, (byte[] Csv, byte[] Json)>[] _known =
            FigureRecords.Columns.Select(_ => new Dictionary<string, (byte[], byte[])>(ReferenceEqualityComparer.Instance)).ToArray();

        private readonly ArrayBufferWriter<byte> _scratch = new();
        private readonly Utf8JsonWriter _writer;
        private readonly byte[] _csv = new byte[256];

        // The writer writes to memory only: there is nothing to release when a build is done with it.
        public Cells() => _writer = new Utf8JsonWriter(_scratch, JsonOptions);

        public void ForgetParkCells()
        {
            for (var i = 0; i < _known.Length; i++)
            {
                if (RepeatsIn[i] == Repeats.InPark)
                {
                    _known[i].Clear();
                }
            }
        }

        /// <summary>Appends <paramref name="value"/>, a cell of <paramref name="column"/>, to each file's row.</summary>
        public void Write(int column, string value, ArrayBufferWriter<byte> csv, ArrayBufferWriter<byte> json)
        {
            if (RepeatsIn[column] == Repeats.No)
            {
                csv.Write(Csv(value));
                json.Write(Json(column, value));
                return;
            }

            if (!_known[column].TryGetValue(value, out var known))
            {
                _known[column][value] = known = (Csv(value).ToArray(), Json(column, value).ToArray());
            }

            csv.Write(known.Csv);
            json.Write(known.Json);
        }

        private ReadOnlySpan<byte> Json(int column, string value)
        {
            _scratch.ResetWrittenCount();
            _writer.Reset(_scratch);
            _writer.WriteStartObject();
            _writer.WriteString(Names[column], value);
            _writer.WriteEndObject();
            _writer.Flush();
            return _scratch.WrittenSpan[1..^1];
        }

        private ReadOnlySpan<byte> Csv(string value)
        {
            var text = CsvCell(value);
            var bytes = Encoding.UTF8.GetMaxByteCount(text.Length) <= _csv.Length ? _csv : new byte[Encoding.UTF8.GetByteCount(text)];
            return bytes.AsSpan(0, Encoding.UTF8.GetBytes(text, bytes));
        }
    }

    /// <summary>A park's own two files, each assembled in a reused buffer and written at once.</summary>
    private static void WriteParkFiles(ISiteOutput output, string slug, byte[] jsonHeader, byte[] csvHeader, ParkData park)
    {
        var buffer = t_file ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        buffer.Write(csvHeader);
        buffer.Write(park.Csv);
        output.Write(UrlScheme.OutputFile(UrlScheme.ParkDataFile(slug, "csv")), buffer.WrittenSpan);

        buffer.ResetWrittenCount();
        buffer.Write(jsonHeader);
        buffer.Write(park.Json);
        buffer.Write("]}\n"u8);
        output.Write(UrlScheme.OutputFile(UrlScheme.ParkDataFile(slug, "json")), buffer.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_file;

    /// <summary>figures.csv, .json and .xlsx, streamed: each park's records are appended as they come.</summary>
    private sealed class SiteFiles : IDisposable
    {
        private readonly ISiteOutput _output;
        private readonly Stream _csv;
        private readonly Stream _json;
        private readonly DataWorkbook _xlsx = new();
        private bool _first = true;

        public SiteFiles(ISiteOutput output, byte[] jsonHeader, byte[] csvHeader)
        {
            _output = output;
            _csv = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile("figures.csv")));
            _json = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile("figures.json")));
            _csv.Write(csvHeader);
            _json.Write(jsonHeader);
        }

        public void Append(ParkData park)
        {
            _xlsx.Add(park.Rows);
            _csv.Write(park.Csv);
            if (park.Json.Length > 0)
            {
                if (!_first)
                {
                    _json.Write(","u8);
                }

                _json.Write(park.Json);
                _first = false;
            }
        }

        public void Dispose()
        {
            _json.Write("]}\n"u8);
            _csv.Dispose();
            _json.Dispose();
            _output.Write(UrlScheme.OutputFile(UrlScheme.DataFile("figures.xlsx")), _xlsx.Finish());
            _xlsx.Dispose();
        }
    }

    /// <summary>The start of every JSON file: what it is and where it comes from, then the figures.</summary>
    private static byte[] Header(SiteModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("title_zh", model.Text(model.Site.Title, Model.Language.Zh));
            json.WriteString("title_en", model.Text(model.Site.Title, Model.Language.En));
            json.WriteString("source", model.Urls.Absolute("/"));
            json.WriteStartArray("figures");
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] CsvHeader()
    {
        var sb = new StringBuilder();
        Line(sb, FigureRecords.Columns);
        return [.. Bom, .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>The whole CSV of <paramref name="rows"/>, as a string (for tests and checks).</summary>
    internal static string Csv(IEnumerable<IReadOnlyList<string>> rows)
    {
        var sb = new StringBuilder("\uFEFF");
        Line(sb, FigureRecords.Columns);
        foreach (var row in rows)
        {
            Line(sb, row);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(CsvCell(cells[i]));
        }

        sb.Append("\r\n");
    }

    /// <summary>RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string CsvCell(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
