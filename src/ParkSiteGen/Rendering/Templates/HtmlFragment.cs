namespace ParkSiteGen.Rendering.Templates;

/// <summary>Markup the generator makes for a template to print raw ({{{Value}}}): a chart, a narrative. An engine
/// that knows this type has it write itself straight into the page, with no string in between (a profile has a
/// dozen charts of several KB each, a site thousands of narratives); any other engine prints its ToString(), the
/// same markup. A fragment is never empty: where there is nothing to show, the view holds null.</summary>
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
