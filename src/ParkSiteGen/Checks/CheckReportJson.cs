using System.Text.Json;
using System.Text.Json.Serialization;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Checks;

/// <summary>`check --format json`: the report for CI and editors' tools.</summary>
public static partial class CheckReportJson
{
    public sealed record CheckResult(bool Ok, int Errors, int Warnings, int PagesChecked, int LinksChecked,
        IReadOnlyList<CheckRunner.Coverage> Coverage, IReadOnlyList<DiagnosticsJson.Item> Findings);

    /// <param name="ok">Whether the check passed (with --strict, warnings fail it too).</param>
    public static string Serialize(CheckRunner.Report report, bool ok) =>
        JsonSerializer.Serialize(new CheckResult(ok, report.Errors, report.Warnings, report.PagesChecked, report.LinksChecked, report.Coverage,
            [.. report.Findings.Select(f => DiagnosticsJson.ToItem(f, report.Sources))]), Context.CheckResult);

    private static readonly Payload Context = new(DiagnosticsJson.NewOptions());

    /// <summary>The report's serializer, generated at compile time: the release binary (Native AOT) has no reflection-based
    /// serialization.</summary>
    [JsonSerializable(typeof(CheckResult))]
    private sealed partial class Payload : JsonSerializerContext;
}
