using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>A theme's Scriban templates: its layouts (one per kind of page) and partials, parsed once per build and
/// shared by every rendering thread (a parsed Scriban template is immutable). Each thread renders with a context
/// of its own, taken from a pool and reused page after page (a new context costs ~33 KB: it copies Scriban's
/// built-in functions). Every mistake comes out as a <see cref="TemplateException"/> with the template's file,
/// line and column. Most pages render through <see cref="CompiledTemplate"/>, the interpreter's fast path.</summary>
public sealed class ThemeTemplates
{
    /// <summary>The extension of a theme's templates: HTML with Scriban in it.</summary>
    public const string Extension = ".sbn-html";

    private readonly IReadOnlyDictionary<string, Template> _layouts;
    private readonly IReadOnlyDictionary<string, CompiledTemplate> _compiled;
    private readonly PartialInclude _include;
    private readonly ConcurrentBag<PageTemplateContext> _contexts = [];

    private ThemeTemplates(IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials)
    {
        _layouts = layouts;
        _include = new PartialInclude(partials);
        var compiledPartials = new Dictionary<string, CompiledTemplate.Node?>(StringComparer.Ordinal);
        _compiled = layouts
            .Select(l => (l.Key, Compiled: CompiledTemplate.TryCompile(l.Value, partials, compiledPartials)))
            .Where(l => l.Compiled is not null)
            .ToDictionary(l => l.Key, l => l.Compiled!, StringComparer.Ordinal);
    }

    /// <summary>The layouts that render through the fast path (<see cref="CompiledTemplate"/>).</summary>
    internal IEnumerable<string> CompiledLayouts => _compiled.Keys;

    /// <summary>For the tests that hold the fast path to Scriban's interpreter: every page through the interpreter.</summary>
    internal bool InterpretOnly { get; set; }

    /// <summary>How many pages the fast path handed to the interpreter.</summary>
    internal int HandedOver => _handedOver;

    private int _handedOver;

    public IEnumerable<string> Layouts => _layouts.Keys;

    /// <summary>Parses the layouts and partials (file name -> (display path, text)), then checks that every
    /// partial an include names exists and that no template escapes by hand. Throws at the first mistake.</summary>
    public static ThemeTemplates Parse(IReadOnlyDictionary<string, (string Path, string Text)> layouts, IReadOnlyDictionary<string, (string Path, string Text)> partials)
    {
        var parsedPartials = partials.ToDictionary(p => p.Key, p => ParseOne(p.Value.Path, p.Value.Text), StringComparer.Ordinal);
        var parsedLayouts = layouts.ToDictionary(l => l.Key, l => ParseOne(l.Value.Path, l.Value.Text), StringComparer.Ordinal);
        foreach (var template in parsedPartials.Values.Concat(parsedLayouts.Values))
        {
            Check(template.Page!, parsedPartials.Keys);
        }

        return new ThemeTemplates(parsedLayouts, parsedPartials);
    }

    /// <summary>Writes the page the layout makes of <paramref name="model"/> into <paramref name="buffer"/>.</summary>
    public void Render(string layout, object model, PageBuffer buffer)
    {
        var start = buffer.Length;
        if (!InterpretOnly && _compiled.TryGetValue(layout, out var compiled))
        {
            if (compiled.TryRender(model, buffer))
            {
                return;
            }

            buffer.Truncate(start);
            Interlocked.Increment(ref _handedOver);
        }

        var template = _layouts[layout];
        var context = _contexts.TryTake(out var reused) ? reused : new PageTemplateContext(_include);
        try
        {
            context.Render(template, model, buffer);
        }
        catch (ScriptRuntimeException e)
        {
            // A context that threw is left mid-page (scopes, outputs): it is dropped, not reused.
            throw Located(e.Span, e.OriginalMessage, e);
        }

        _contexts.Add(context);
    }

    private static Template ParseOne(string path, string text)
    {
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw Located(first.Span, first.Message, null);
        }

        return template;
    }

    /// <summary>Scriban counts lines and columns from 0.</summary>
    private static TemplateException Located(SourceSpan span, string message, Exception? inner) =>
        new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1, message, inner);

    /// <summary>What can be known before any page renders: an include of a partial the theme lacks, and
    /// html.escape and capture, which would escape a second time what printing escapes anyway.</summary>
    private static void Check(ScriptNode node, IEnumerable<string> partials)
    {
        switch (node)
        {
            case ScriptFunctionCall { Target: ScriptVariable { Name: PartialInclude.Name } } call
                when call.Arguments.Count > 0 && call.Arguments[0] is ScriptLiteral { Value: string name } && !partials.Contains(name):
                throw Located(call.Arguments[0].Span, PartialInclude.Missing(name, partials), null);
            case ScriptMemberExpression { Target: ScriptVariable { Name: "html" }, Member: ScriptVariable { Name: "escape" } } escape:
                throw Located(escape.Span, "html.escape is not needed: every value a template prints is escaped already (and would be twice)", null);
            case ScriptCaptureStatement capture:
                // Scriban keeps a captured block as a plain string, which printing would escape a second time.
                throw Located(capture.Span, "capture is not supported: printing the captured markup would escape it again; put the markup in a partial and include it", null);
        }

        foreach (var child in node.Children)
        {
            if (child is not null)
            {
                Check(child, partials);
            }
        }
    }
}
