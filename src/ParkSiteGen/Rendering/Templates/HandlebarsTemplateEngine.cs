using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>Handlebars.Net behind the template seam. Strict: a template that names a value the view model
/// does not have fails the build instead of printing nothing.</summary>
public sealed partial class HandlebarsTemplateEngine : ITemplateEngine
{
    private readonly IHandlebars _handlebars = Handlebars.Create(new HandlebarsConfiguration
    {
        ThrowOnUnresolvedBindingExpression = true,
    });

    public string Extension => "hbs";

    public void AddPartial(string name, string source, string file)
    {
        try
        {
            _handlebars.RegisterTemplate(name, source);
        }
        catch (HandlebarsException e)
        {
            throw Wrap(e, file);
        }
    }

    public ICompiledTemplate Compile(string source, string file)
    {
        try
        {
            return new Template(_handlebars.Compile(new StringReader(source)), file);
        }
        catch (HandlebarsException e)
        {
            throw Wrap(e, file);
        }
    }

    private static TemplateException Wrap(HandlebarsException e, string file)
    {
        var match = PositionPattern().Match(e.Message);
        var line = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var column = match.Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new TemplateException(file, line, column, e.Message, e);
    }

    [GeneratedRegex(@"line:?\s*(\d+)\D+(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PositionPattern();

    private sealed class Template(HandlebarsTemplate<TextWriter, object, object> template, string file) : ICompiledTemplate
    {
        public void Render(TextWriter output, object model)
        {
            try
            {
                template(output, model);
            }
            catch (HandlebarsException e)
            {
                throw Wrap(e, file);
            }
        }
    }
}
