using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Wraps Markdown tables like the data tables: in a region that scrolls sideways on a phone and that a
/// keyboard can focus (so it can be scrolled without a mouse). Each region is named after the heading above the
/// table and its header row, numbered if a page would otherwise have two of the same name.
/// One instance renders one document: it remembers the names it gave.</summary>
public sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _inner = new();
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var headers = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader)?
            .OfType<TableCell>()
            .Select(Text)
            .Where(t => t.Length > 0) ?? [];
        var heading = PrecedingHeading(table);
        var name = string.Join(": ", new[] { heading, string.Join(" / ", headers) }.Where(s => !string.IsNullOrEmpty(s)));
        var seen = _names[name] = _names.GetValueOrDefault(name) + 1;
        if (seen > 1)
        {
            name += $" ({seen})";
        }

        renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").WriteEscape(name).WriteLine("\">");
        _inner.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    private static string? PrecedingHeading(Block block)
    {
        var container = block.Parent;
        if (container is null)
        {
            return null;
        }

        for (var i = container.IndexOf(block) - 1; i >= 0; i--)
        {
            if (container[i] is HeadingBlock heading)
            {
                return Text(heading);
            }
        }

        return null;
    }

    private static string Text(ContainerBlock block) => string.Concat(block.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();

    private static string Text(LeafBlock block) =>
        block.Inline is null ? "" : string.Concat(block.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
