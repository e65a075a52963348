using System.Text.Json;
using System.Text.Json.Serialization;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Preview;

/// <summary>Diagnostics as the browser overlay (and `check --format json`) receive them, with the lines around
/// the spot so an editor sees the mistake in place.</summary>
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

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
