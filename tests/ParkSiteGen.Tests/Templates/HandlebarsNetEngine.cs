using System.Text.RegularExpressions;
using HandlebarsDotNet;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Tests.Templates;

/// <summary>Handlebars.Net behind the template seam: the reference ParkSiteGen's own Handlebars is held to
/// (the same pages, byte for byte). Strict, like ours: a name the view model lacks is an error.</summary>
public sealed partial class HandlebarsNetEngine : ITemplateEngine
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
        public void Render(PageBuffer output, object model)
        {
            try
            {
                using var writer = new StringWriter();
                template(writer, model);
                output.Write(writer.ToString());
            }
            catch (HandlebarsException e)
            {
                throw Wrap(e, file);
            }
        }
    }
}
