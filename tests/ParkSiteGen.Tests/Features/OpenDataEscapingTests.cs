using System.Text;
using System.Text.Json;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Features;

/// <summary>The open data's cells are encoded once when they repeat and each time when they do not: whichever way,
/// a note holding quotes, a backslash, markup and a comma comes back from the CSV and the JSON exactly as written.</summary>
public class OpenDataEscapingTests
{
    private const string Note = "\"quoted\", a back\\slash, <b>bold</b> & 中文";

    [Fact]
    public void Text_that_needs_escaping_round_trips_through_csv_and_json()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var data = Path.Combine(site, "content/parks/beta-etdz/2023/data.yml");
        var yaml = File.ReadAllText(data).Replace("en: The source does not state the denominator.", "en: '" + Note.Replace("'", "''") + "'");
        File.WriteAllText(data, yaml);
        var output = temp["public"];

        var result = Parksitegen.Run("build", site, "--out", output, "--no-search");
        Assert.True(result.ExitCode == 0, result.ToString());

        foreach (var json in new[] { "data/figures.json", "data/parks/beta-etdz.json" })
        {
            var text = File.ReadAllText(Path.Combine(output, json));
            Assert.Contains("\\\"quoted\\\", a back\\\\slash, <b>bold</b> & 中文", text); // quotes and backslash escaped, the rest as is
            using var document = JsonDocument.Parse(text);
            var notes = document.RootElement.GetProperty("figures").EnumerateArray()
                .Where(f => f.TryGetProperty("note_en", out _)).Select(f => f.GetProperty("note_en").GetString()).ToList();
            Assert.Contains(Note, notes);
        }

        foreach (var csv in new[] { "data/figures.csv", "data/parks/beta-etdz.csv" })
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(output, csv)));
            Assert.Contains(",\"\"\"quoted\"\", a back\\slash, <b>bold</b> & 中文\",", text);
        }
    }
}
