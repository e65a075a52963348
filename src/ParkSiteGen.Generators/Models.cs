using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ParkSiteGen.Generators;

/// <summary>What the generator emits for one [TemplateModel] type: names and strings only (no symbols, no syntax), so
/// the model compares by value and caches across edits.</summary>
internal sealed record TemplateModelInfo(
    string Namespace,
    string Name,
    bool IsRecord,
    EquatableArray<TemplateMember> Members,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A property as templates read it: its C# name, its snake_case name, whether it is a bool (boxed once).</summary>
internal sealed record TemplateMember(string PropertyName, string ScriptName, bool IsBoolean);

/// <summary>A diagnostic without the compilation's objects: the descriptor's id, its message arguments, a location
/// rebuilt from a path and spans.</summary>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, LocationInfo? Location)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Diagnostics.ById(Id),
            Location?.ToLocation(),
            Arguments.Select(object (a) => a).ToArray());
}

internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location) =>
        location is { IsInSource: true, SourceTree: not null }
            ? new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;
}
