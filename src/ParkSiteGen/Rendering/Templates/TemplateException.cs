namespace ParkSiteGen.Rendering.Templates;

/// <summary>A template that cannot be parsed or rendered, with where: the template's file, line and column.</summary>
public sealed class TemplateException(string file, int line, int column, string message, Exception? inner = null) : Exception(message, inner)
{
    public string File => file;

    public int Line => line;

    public int Column => column;
}
