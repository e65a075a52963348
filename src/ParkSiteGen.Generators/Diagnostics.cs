using Microsoft.CodeAnalysis;

namespace ParkSiteGen.Generators;

internal static class Diagnostics
{
    private const string Category = "ParkSiteGen.TemplateModel";

    public static readonly DiagnosticDescriptor NotPartial = new(
        "PSG0001",
        "A [TemplateModel] type must be partial",
        "'{0}' is marked [TemplateModel] but is not partial: declare it partial so the generator can give it Scriban's IScriptObject",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Nested = new(
        "PSG0002",
        "A [TemplateModel] type must not be nested in another type",
        "'{0}' is marked [TemplateModel] but is nested in another type: declare it at namespace level",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor Generic = new(
        "PSG0003",
        "A [TemplateModel] type must not be generic",
        "'{0}' is marked [TemplateModel] but is generic: templates read only non-generic view models",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "PSG0004",
        "Two properties of a [TemplateModel] type have the same template name",
        "'{0}': properties '{1}' and '{2}' both read as '{3}' in templates; rename one of them",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static DiagnosticDescriptor ById(string id) => id switch
    {
        "PSG0001" => NotPartial,
        "PSG0002" => Nested,
        "PSG0003" => Generic,
        "PSG0004" => DuplicateName,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown diagnostic id."),
    };
}
