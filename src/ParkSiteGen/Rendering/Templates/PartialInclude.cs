using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>`include 'name'`: renders the theme's partials/name.sbn-html in place, into the page being written.
/// It replaces Scriban's own include, which returns the partial as a string: printed, that string would be
/// escaped a second time, and it would cost a string per include. Partials are parsed once per build, with the
/// layouts, and shared by every thread. A partial sees the caller's variables; `with` gives it a model.</summary>
internal sealed class PartialInclude(IReadOnlyDictionary<string, Template> partials) : IScriptCustomFunction
{
    public const string Name = "include";

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, "include takes the name of a partial and nothing else, e.g. include 'link'; give the partial its model with `with`");
        }

        if (!partials.TryGetValue(name, out var partial))
        {
            throw new ScriptRuntimeException(span, Missing(name, partials.Keys));
        }

        context.EnterRecursive(callerContext);
        context.PushLocal();
        context.PushSourceFile(partial.SourceFilePath!);
        try
        {
            context.Evaluate(partial.Page!);
        }
        finally
        {
            context.PopSourceFile();
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }

        return null;
    }

    public static string Missing(string name, IEnumerable<string> known) =>
        $"there is no partial '{name}' (partials/{name}{ThemeTemplates.Extension})" +
        (Diagnostics.Suggestions.DidYouMean(name, known) is { } hint ? "; " + hint : "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public int GetParameterIndexByName(string name) => name == "name" ? 0 : -1;
}
