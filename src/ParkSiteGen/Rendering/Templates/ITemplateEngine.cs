namespace ParkSiteGen.Rendering.Templates;

/// <summary>The seam between ParkSiteGen and its template language. Everything else speaks only to these
/// two interfaces, so the engine can be swapped (for Scriban, say) by writing one class: the default theme's
/// Handlebars templates are run by ParkSiteGen's own compiled Handlebars (Handlebars/), which the tests hold to
/// Handlebars.Net's output page for page. Templates receive view models whose every string is already
/// formatted: they only present.</summary>
public interface ITemplateEngine
{
    /// <summary>The file extension of this engine's templates ("hbs").</summary>
    string Extension { get; }

    /// <summary>Registers a partial usable from every template; throws <see cref="TemplateException"/> on a syntax error.</summary>
    void AddPartial(string name, string source, string file);

    /// <summary>Compiles a layout; throws <see cref="TemplateException"/> on a syntax error.</summary>
    ICompiledTemplate Compile(string source, string file);
}

public interface ICompiledTemplate
{
    /// <summary>Writes the page; prints every value HTML-escaped except those the template marks raw.
    /// Throws <see cref="TemplateException"/> when the template asks the model for something it does not have.</summary>
    void Render(PageBuffer output, object model);
}

/// <summary>A template that cannot be compiled or rendered, with where, when the engine says.</summary>
public sealed class TemplateException(string file, int line, int column, string message, Exception? inner = null) : Exception(message, inner)
{
    public string File => file;

    public int Line => line;

    public int Column => column;
}
