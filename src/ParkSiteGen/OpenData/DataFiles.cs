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
/// are streamed to the output: a site of a thousand parks never holds its 100 MB of data in memory at once.</summary>
public static class DataFiles
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <param name="maxParallelism">How many parks' files are made at once; all processors when -1.</param>
    public static void Write(SiteModel model, ISiteOutput output, int maxParallelism = -1)
    {
        var header = Header(model);
        var csvHeader = CsvHeader();
        var parks = new ParkData[model.Parks.Count];
        Parallel.For(0, parks.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            parks[i] = ParkData.Of(model, model.Parks[i]);
            WriteFiles(output, $"parks/{model.Parks[i].Slug}", header, csvHeader, [parks[i]]);
        });
        WriteFiles(output, "figures", header, csvHeader, parks);
    }

    /// <summary>Only one park's files: the preview updates these after an edit.</summary>
    public static void WritePark(SiteModel model, ParkEntry park, ISiteOutput output) =>
        WriteFiles(output, $"parks/{park.Slug}", Header(model), CsvHeader(), [ParkData.Of(model, park)]);

    /// <summary>One park's records, as CSV lines and as JSON objects separated by commas.</summary>
    private sealed record ParkData(byte[] Csv, byte[] Json)
    {
        public static ParkData Of(SiteModel model, ParkEntry park)
        {
            var csv = new StringBuilder();
            var json = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(json, JsonOptions))
            {
                var first = true;
                foreach (var row in FigureRecords.Rows(model, [park]))
                {
                    Line(csv, row);
                    if (!first)
                    {
                        writer.Flush();
                        json.Write(","u8);
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
                    writer.Reset(json);
                }
            }

            return new ParkData(Encoding.UTF8.GetBytes(csv.ToString()), json.WrittenSpan.ToArray());
        }
    }

    private static void WriteFiles(ISiteOutput output, string name, byte[] jsonHeader, byte[] csvHeader, IReadOnlyList<ParkData> parks)
    {
        using (var csv = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile(name + ".csv"))))
        {
            csv.Write(csvHeader);
            foreach (var park in parks)
            {
                csv.Write(park.Csv);
            }
        }

        using var json = output.OpenWrite(UrlScheme.OutputFile(UrlScheme.DataFile(name + ".json")));
        json.Write(jsonHeader);
        var first = true;
        foreach (var park in parks.Where(p => p.Json.Length > 0))
        {
            if (!first)
            {
                json.Write(","u8);
            }

            json.Write(park.Json);
            first = false;
        }

        json.Write("]}\n"u8);
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
