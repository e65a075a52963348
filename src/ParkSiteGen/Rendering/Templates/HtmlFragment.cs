namespace ParkSiteGen.Rendering.Templates;

/// <summary>Markup the generator makes for a template to print as it is: a chart, a narrative. It is the only kind
/// of value printing does not escape (<see cref="PageTemplateContext"/>): a template cannot let a text through as
/// markup, only a value of this type can. It writes itself straight into the page, with no string in between (a
/// profile has a dozen charts of several KB each, a site thousands of narratives). A fragment is never empty:
/// where there is nothing to show, the view holds null.</summary>
public abstract class HtmlFragment
{
    public abstract void WriteTo(PageBuffer output);

    public sealed override string ToString()
    {
        using var buffer = new PageBuffer(4096);
        WriteTo(buffer);
        return buffer.ToString();
    }
}
