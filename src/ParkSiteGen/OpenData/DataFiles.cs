using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>Writes the open data: /data/figures.csv and .json for the whole site, /data/parks/&lt;slug&gt;.csv and
/// .json per park. CSV is UTF-8 with a byte order mark (so Excel opens Chinese correctly) and CRLF line ends
/// (RFC 4180); JSON is compact UTF-8 (the CSV is the one for reading by eye). Nothing in them depends on when the
/// build ran. Each park's records are made once, in parallel, and serve both its own files and the site's, which
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
        var done = new ParkData?[count];
        var written = 0;
        var gate = new Lock();

        // Parks are taken one at a time in order (no buffering), so those done out of order wait only briefly
        // for the ones before them to be appended to the site's files.
        var order = System.Collections.Concurrent.Partitioner.Create(Enumerable.Range(0, count), System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(order, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var park = model.Parks[i];
            var data = ParkData.Of(model, park);
            WriteParkFiles(output, park.Slug, header, csvHeader, data);
            lock (gate)
            {
                done[i] = data;
                while (written < count && done[written] is { } next)
                {
                    site.Append(next);
                    done[written++] = null;
                }
            }
        });
    }

    /// <summary>Only one park's files: the preview updates these after an edit.</summary>
    public static void WritePark(SiteModel model, ParkEntry park, ISiteOutput output) =>
        WriteParkFiles(output, park.Slug, Header(model), CsvHeader(), ParkData.Of(model, park));

    /// <summary>One park's records, as CSV lines and as JSON objects separated by commas (UTF-8).</summary>
    private sealed record ParkData(byte[] Csv, byte[] Json)
    {
        /// <summary>Each thread's working buffers, reused park after park.</summary>
        [ThreadStatic]
        private static (StringBuilder Csv, ArrayBufferWriter<byte> Bytes)? t_buffers;

        public static ParkData Of(SiteModel model, ParkEntry park)
        {
            var (csv, bytes) = t_buffers ??= (new StringBuilder(), new ArrayBufferWriter<byte>());
            csv.Clear();
            bytes.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(bytes, JsonOptions))
            {
                var first = true;
                foreach (var row in FigureRecords.Rows(model, [park]))
                {
                    Line(csv, row);
                    if (!first)
                    {
                        writer.Flush();
                        bytes.Write(","u8);
                    }

                    first = false;
                    writer.WriteStartObject();
                    for (var i = 0; i < FigureRecords.Columns.Length; i++)
                    {
                        // Empty cells are left out: in JSON, absent means "not given".
                        if (row[i].Length > 0)
                        {
                            writer.WriteString(FigureRecords.Columns[i], row[i]);
                        }
                    }

                    writer.WriteEndObject();
                    writer.Flush();
                    writer.Reset(bytes);
                }
            }

            var json = bytes.WrittenSpan.ToArray();
            bytes.ResetWrittenCount();
            var encoder = Encoding.UTF8.GetEncoder();
            foreach (var chunk in csv.GetChunks())
            {
                encoder.Convert(chunk.Span, bytes, flush: false, out _, out _);
            }

            encoder.Convert([], bytes, flush: true, out _, out _);
            return new ParkData(bytes.WrittenSpan.ToArray(), json);
        }
    }

    /// <summary>A park's own two files, each assembled in a reused buffer and written at once.</summary>
    private static void WriteParkFiles(ISiteOutput output, string slug, byte[] jsonHeader, byte[] csvHeader, ParkData park)
    {
        var buffer = t_file ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        buffer.Write(csvHeader);
        buffer.Write(park.Csv);
        output.WriteUtf8(UrlScheme.OutputFile(UrlScheme.DataFile($"parks/{slug}.csv")), buffer.WrittenSpan);

        buffer.ResetWrittenCount();
        buffer.Write(jsonHeader);
        buffer.Write(park.Json);
        buffer.Write("]}\n"u8);
        output.WriteUtf8(UrlScheme.OutputFile(UrlScheme.DataFile($"parks/{slug}.json")), buffer.WrittenSpan);
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_file;

    /// <summary>figures.csv and figures.json, streamed: each park's records are appended as they come.</summary>
    private sealed class SiteFiles : IDisposable
    {
        private readonly Stream _csv;
        private readonly Stream _json;
        private bool _first = true;

        public SiteFiles(ISiteOutput output, byte[] jsonHeader, byte[] csvHeader)
        {
            _csv = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile("figures.csv")));
            _json = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile("figures.json")));
            _csv.Write(csvHeader);
            _json.Write(jsonHeader);
        }

        public void Append(ParkData park)
        {
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

            var cell = cells[i];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append("\r\n");
    }
}
