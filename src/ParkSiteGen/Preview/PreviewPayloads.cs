using System.Text.Json;
using System.Text.Json.Serialization;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Preview;

/// <summary>What the preview sends the browser as JSON: the state of the site for the overlay and /status, and the
/// reload event.</summary>
public static partial class PreviewPayloads
{
    /// <summary>The overlay's and /status's payload: the errors in full, the warnings counted.</summary>
    public sealed record Status(IReadOnlyList<DiagnosticsJson.Item> Errors, int Warnings)
    {
        public static Status Of(IReadOnlyList<Diagnostic> diagnostics, SourceTexts sources) =>
            new(diagnostics.Where(d => d.IsError).Select(d => DiagnosticsJson.ToItem(d, sources)).ToList(), diagnostics.Count(d => !d.IsError));
    }

    /// <summary>The reload event: which pages changed, and how long after the change was seen (for the benchmark).</summary>
    public sealed record Reload(IReadOnlyList<string> Paths, double? LatencyMs);

    public static string Serialize(Status status) => JsonSerializer.Serialize(status, Context.Status);

    public static string Serialize(Reload reload) => JsonSerializer.Serialize(reload, Context.Reload);

    private static readonly Payloads Context = new(DiagnosticsJson.NewOptions());

    /// <summary>The payloads' serializers, generated at compile time: writing one needs no reflection (the release
    /// binary is compiled ahead of time, where reflection-based serialization is not available).</summary>
    [JsonSerializable(typeof(Status))]
    [JsonSerializable(typeof(Reload))]
    private sealed partial class Payloads : JsonSerializerContext;
}
