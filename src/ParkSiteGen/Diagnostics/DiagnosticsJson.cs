using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParkSiteGen.Diagnostics;

/// <summary>Diagnostics as programs receive them (people read <see cref="DiagnosticPrinter"/>'s report), with the lines
/// around the spot so an editor sees the mistake in place: the preview's browser overlay and `check --format json` each
/// send them in a payload of their own (Preview/PreviewPayloads, Checks/CheckReportJson).</summary>
public static class DiagnosticsJson
{
    public sealed record Line(int Number, string Text, bool IsTarget);

    public sealed record Item(string Severity, string Code, string? File, int Line, int Column, string Message,
        string? Found, string? Expected, string? Hint, IReadOnlyList<Line> Excerpt);

    public static Item ToItem(Diagnostic d, SourceTexts? sources)
    {
        var excerpt = new List<Line>();
        if (d.Location is { Line: > 0 } at && sources is not null)
        {
            for (var n = Math.Max(1, at.Line - 2); n <= at.Line + 2; n++)
            {
                if (sources.Line(at.File, n) is { } text)
                {
                    excerpt.Add(new Line(n, text, n == at.Line));
                }
            }
        }

        return new Item(d.IsError ? "error" : "warning", d.Code, d.Location?.File, d.Location?.Line ?? 0, d.Location?.Column ?? 0,
            d.Message, d.Found, d.Expected, d.Hint, excerpt);
    }

    /// <summary>How every payload is written: camelCase names, nulls left out, Chinese and markup written as they are (the
    /// overlay and `check` show them; no payload is embedded in HTML). A new instance for each payload's serializer context,
    /// which takes its options for its own.</summary>
    public static JsonSerializerOptions NewOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
