namespace ParkSiteGen.Rendering.Templates;

/// <summary>Marks a view model that templates read. The type must be partial: ParkSiteGen's source generator
/// (src/ParkSiteGen.Generators) gives it Scriban's <c>IScriptObject</c>, a switch over its public properties under
/// their snake_case names, so templates read it with no reflection, the same under the JIT and in the release binary
/// compiled ahead of time (where Scriban's reflection would read nothing).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TemplateModelAttribute : Attribute;
