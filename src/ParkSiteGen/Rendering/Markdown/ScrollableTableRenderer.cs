using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Wraps Markdown tables like the data tables: in a region that scrolls sideways on a phone and that a
/// keyboard can focus (so it can be scrolled without a mouse), named after its header row.</summary>
public sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _inner = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var headers = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader)?
            .OfType<TableCell>()
            .Select(c => string.Concat(c.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString())).Trim())
            .Where(t => t.Length > 0) ?? [];
        renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"")
            .WriteEscape(string.Join(" / ", headers))
            .WriteLine("\">");
        _inner.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
