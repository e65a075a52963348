using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>Writes the open data: /data/figures.csv and .json for the whole site, /data/parks/&lt;slug&gt;.csv and
/// .json per park. CSV is UTF-8 with a byte order mark (so Excel opens Chinese correctly) and CRLF line ends
/// (RFC 4180). Nothing in them depends on when the build ran.</summary>
public static class DataFiles
{
    public static void Write(SiteModel model, ISiteOutput output)
    {
        Write(output, "figures", model, model.Parks);
        foreach (var park in model.Parks)
        {
            Write(output, $"parks/{park.Slug}", model, [park]);
        }
    }

    /// <summary>Only one park's files: the preview updates these after an edit.</summary>
    public static void WritePark(SiteModel model, ParkEntry park, ISiteOutput output) => Write(output, $"parks/{park.Slug}", model, [park]);

    private static void Write(ISiteOutput output, string name, SiteModel model, IEnumerable<ParkEntry> parks)
    {
        var rows = FigureRecords.Rows(model, parks).ToList();
        output.WriteText(UrlScheme.OutputFile(UrlScheme.DataFile(name + ".csv")), Csv(rows));
        output.WriteText(UrlScheme.OutputFile(UrlScheme.DataFile(name + ".json")), Json(model, rows));
    }

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

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Json(SiteModel model, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("title_zh", model.Text(model.Site.Title, Model.Language.Zh));
            json.WriteString("title_en", model.Text(model.Site.Title, Model.Language.En));
            json.WriteString("source", model.Urls.Absolute("/"));
            json.WriteStartArray("figures");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < FigureRecords.Columns.Length; i++)
                {
                    // Empty cells are left out: in JSON, absent means "not given".
                    if (row[i].Length > 0)
                    {
                        json.WriteString(FigureRecords.Columns[i], row[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
