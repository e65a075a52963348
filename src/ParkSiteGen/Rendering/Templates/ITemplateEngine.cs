namespace ParkSiteGen.Rendering.Templates;

/// <summary>The seam between ParkSiteGen and its template language. Everything else speaks only to these
/// two interfaces, so Handlebars.Net can be swapped (for Scriban, say) by writing one class.
/// Templates receive view models whose every string is already formatted: they only present.</summary>
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
    /// <summary>Writes the page; prints every value HTML-escaped except those the template marks raw.</summary>
    void Render(TextWriter output, object model);
}

/// <summary>A template that cannot be compiled or rendered, with where, when the engine says.</summary>
public sealed class TemplateException(string file, int line, int column, string message, Exception? inner = null) : Exception(message, inner)
{
    public string File => file;

    public int Line => line;

    public int Column => column;
}
