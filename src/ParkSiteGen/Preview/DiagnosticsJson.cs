using System.Text.Json;
using System.Text.Json.Serialization;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Preview;

/// <summary>Diagnostics as the browser overlay (and `check --format json`) receive them, with the lines around
/// the spot so an editor sees the mistake in place.</summary>
public static partial class DiagnosticsJson
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

    /// <summary>The overlay's and /status's payload: the errors in full, the warnings counted.</summary>
    public sealed record Status(IReadOnlyList<Item> Errors, int Warnings);

    /// <summary>The reload event: which pages changed, and how long after the change was seen (for the benchmark).</summary>
    public sealed record Reload(IReadOnlyList<string> Paths, double? LatencyMs);

    /// <summary>`check --format json`.</summary>
    public sealed record CheckResult(bool Ok, int Errors, int Warnings, int PagesChecked, int LinksChecked,
        IReadOnlyList<Checks.CheckRunner.Coverage> Coverage, IReadOnlyList<Item> Findings);

    public static string Serialize(Status status) => JsonSerializer.Serialize(status, Context.Status);

    public static string Serialize(Reload reload) => JsonSerializer.Serialize(reload, Context.Reload);

    public static string Serialize(CheckResult result) => JsonSerializer.Serialize(result, Context.CheckResult);

    /// <summary>camelCase names, nulls left out, Chinese and markup written as they are (the overlay and `check` show
    /// them; no payload is embedded in HTML).</summary>
    private static readonly Payloads Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The payloads' serializers, generated at compile time: writing one needs no reflection (the release
    /// binary is compiled ahead of time, where reflection-based serialization is not available).</summary>
    [JsonSerializable(typeof(Status))]
    [JsonSerializable(typeof(Reload))]
    [JsonSerializable(typeof(CheckResult))]
    private sealed partial class Payloads : JsonSerializerContext;
}
