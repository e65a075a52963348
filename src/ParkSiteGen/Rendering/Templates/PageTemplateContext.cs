using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>Scriban as ParkSiteGen runs a theme: one context per rendering thread, reused page after page.
/// Scriban never escapes and reads .NET objects by reflection; this context changes exactly that:
/// <list type="bullet">
/// <item>every value a template prints is HTML-escaped; template text is not (Scriban writes it by another path),
/// and an <see cref="HtmlFragment"/> (a narrative, a chart) is written as it is: only its type lets markup through;</item>
/// <item>a template reads only view models ([TemplateModel], which implement IScriptObject without reflection),
/// texts, numbers and lists; a misspelt variable or member stops the page with a "did you mean";</item>
/// <item>an empty text or list counts as false, as in Hugo and Handlebars (`if page.highlights`);</item>
/// <item>limits that fit a large site (see <see cref="Limits"/>).</item>
/// </list></summary>
internal sealed class PageTemplateContext : TemplateContext
{
    private readonly ScriptObject _root = new();
    private readonly PageBufferOutput _output = new();

    public PageTemplateContext(PartialInclude include)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        AutoIndent = false;
        LoopLimit = Limits.LoopIterations;
        RecursiveLimit = Limits.IncludeDepth;
        LimitToString = 0; // Scriban's 1 MiB would cut a long page silently; the page's size is limited below, with an error.
        TryGetMember = MissingMember;
        TryGetVariable = MissingVariable;
        BuiltinObject.Remove("include");
        BuiltinObject.Remove("include_join");
        BuiltinObject.SetValue("include", include, true);
        PushGlobal(_root);
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="model"/> as `page`, straight into
    /// <paramref name="buffer"/>. After an exception the context must not be reused.</summary>
    public void Render(Template template, object model, PageBuffer buffer)
    {
        // Variables a template assigns live in the root scope: cleared, so no page sees another's.
        _root.Clear();
        _root.SetValue("page", model, true);
        _output.Buffer = buffer;
        PushOutput(_output);
        PushSourceFile(template.SourceFilePath!);
        Evaluate(template.Page!);
        PopSourceFile();
        PopOutput();
        _output.Buffer = null;
    }

    public override TemplateContext Write(SourceSpan span, object? value)
    {
        if (Output != _output || !TryPrint(value, _output.Buffer!))
        {
            // A number or another value Scriban converts; or another output than the page's (a function rendering
            // a block): escaped all the same.
            var text = value is HtmlFragment html ? html.ToString() : ObjectToString(value) ?? "";
            if (Output == _output)
            {
                _output.Buffer!.WriteEscaped(text);
            }
            else if (value is HtmlFragment)
            {
                Write(text);
            }
            else
            {
                using var escaped = new PageBuffer(text.Length + 16);
                escaped.WriteEscaped(text);
                Write(escaped.ToString());
            }
        }

        if (Output == _output && _output.Buffer!.Length > Limits.PageCharacters)
        {
            throw new ScriptRuntimeException(span, $"the page is longer than {Limits.PageCharacters:N0} characters: does a loop never end?");
        }

        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? value) => new(Write(span, value));

    /// <summary>How a value is printed into a page, the one rule for Scriban and for <see cref="CompiledTemplate"/>:
    /// nothing for null, a text escaped, markup as it is, a flag as Scriban writes it. False for any other value.</summary>
    public static bool TryPrint(object? value, PageBuffer buffer)
    {
        switch (value)
        {
            case null:
                return true;
            case string text:
                buffer.WriteEscaped(text);
                return true;
            case HtmlFragment html:
                html.WriteTo(buffer);
                return true;
            case bool flag:
                buffer.Write(flag ? "true" : "false");
                return true;
            default:
                return false;
        }
    }

    public override bool ToBool(SourceSpan span, object? value) => Truth(value);

    /// <summary>What `if` makes of a value; the one rule, for Scriban and for <see cref="CompiledTemplate"/>.</summary>
    public static bool Truth(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        ICollection collection => collection.Count > 0,
        _ => value != EmptyScriptObject.Default,
    };

    /// <summary>Scriban would read any other object by reflection, which the release binary compiled ahead of time
    /// cannot do (it would read nothing, silently): such a value is a bug in ParkSiteGen, said as such.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is IScriptObject or string or IList || target.GetType().IsPrimitive
            ? base.GetMemberAccessorImpl(target)
            : throw new ScriptRuntimeException(CurrentSpan, $"a template cannot read the members of a {target.GetType().Name} (not a [TemplateModel])");

    private static bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var names = target is IScriptObject model ? model.GetMembers() : [];
        throw new ScriptRuntimeException(span, $"there is no '{member}' here" + Hint(member, names));
    }

    private static bool MissingVariable(TemplateContext context, SourceSpan span, ScriptVariable variable, out object? value)
    {
        // The names in reach: `page`, the members of the object a `with` opened, and the variables the template set.
        var names = new List<string>();
        if (context.CurrentGlobal is IScriptObject scope)
        {
            names.AddRange(scope.GetMembers());
        }

        names.Add("page");
        throw new ScriptRuntimeException(span, $"there is no variable '{variable.Name}'" + Hint(variable.Name, names));
    }

    private static string Hint(string found, IEnumerable<string> names) =>
        Diagnostics.Suggestions.DidYouMean(found, names) is { } hint ? "; " + hint : "";
}
