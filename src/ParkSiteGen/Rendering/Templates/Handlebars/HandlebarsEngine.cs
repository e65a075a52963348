namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>ParkSiteGen's own Handlebars: templates are parsed and compiled once into a node tree that writes
/// straight into a <see cref="PageBuffer"/>. It runs the Handlebars a theme needs (values, if/unless/each/with,
/// else chains, sections, partials, whitespace control) with Handlebars' output, which the tests check
/// against Handlebars.Net page for page; it is strict: a name the view model lacks stops the build, with the
/// tag's file, line and column. Compiled templates are immutable and safe to render from many threads.</summary>
public sealed class HandlebarsEngine : ITemplateEngine
{
    private readonly Dictionary<string, PartialReference> _partials = new(StringComparer.Ordinal);

    public string Extension => "hbs";

    public void AddPartial(string name, string source, string file)
    {
        var reference = Reference(name);
        reference.Body = Compiler.Compile(TemplateParser.Parse(source, file), Use);
        reference.Defined = true;
    }

    public ICompiledTemplate Compile(string source, string file)
    {
        var body = Compiler.Compile(TemplateParser.Parse(source, file), Use);
        if (_partials.Values.FirstOrDefault(p => !p.Defined && p.Uses.Count > 0) is { } missing)
        {
            var where = missing.Uses[0];
            var known = Diagnostics.Suggestions.DidYouMean(missing.Name, _partials.Values.Where(p => p.Defined).Select(p => p.Name));
            throw new TemplateException(where.File, where.Line, where.Column,
                $"there is no partial '{missing.Name}' (partials/{missing.Name}.{Extension})" + (known is null ? "" : "; " + known));
        }

        return new Template(body, file);
    }

    private PartialReference Use(string name, Position position)
    {
        var reference = Reference(name);
        reference.Uses.Add(position);
        return reference;
    }

    private PartialReference Reference(string name)
    {
        if (!_partials.TryGetValue(name, out var reference))
        {
            _partials[name] = reference = new PartialReference(name);
        }

        return reference;
    }

    private sealed class Template(Node[] body, string file) : ICompiledTemplate
    {
        public void Render(PageBuffer output, object model)
        {
            try
            {
                Node.RenderAll(body, new Scope(model, null, model, null), output);
            }
            catch (TemplateRuntimeException e)
            {
                throw new TemplateException(e.Position.File.Length > 0 ? e.Position.File : file, e.Position.Line, e.Position.Column, e.Message, e);
            }
        }
    }
}
