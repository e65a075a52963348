using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>Renders Markdown tables like the data tables: in a region that scrolls sideways on a phone and that a
/// keyboard can focus (so it can be scrolled without a mouse), header cells with scope="col", and column alignment
/// as classes, never style attributes (the Content-Security-Policy forbids those, so Markdig's own alignment would
/// be lost). Each region is named after the heading above the table and its header row, numbered if a page would
/// otherwise have two of the same name. It remembers the names it gave in a document: <see cref="Reset"/> before the next.</summary>
public sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    /// <summary>Forgets the names given, for the next document.</summary>
    public void Reset() => _names.Clear();

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
        WriteTable(renderer, table);
        renderer.WriteLine("</div>");
    }

    private static void WriteTable(HtmlRenderer renderer, Table table)
    {
        renderer.WriteLine("<table>");
        var section = "";
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader ? "thead" : "tbody";
            if (section != wanted)
            {
                if (section.Length > 0)
                {
                    renderer.WriteLine($"</{section}>");
                }

                renderer.WriteLine($"<{wanted}>");
                section = wanted;
            }

            renderer.Write("<tr>");
            var position = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                // Pipe-table cells leave ColumnIndex at -1: their column is their position.
                var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
                position += Math.Max(cell.ColumnSpan, 1);
                var tag = row.IsHeader ? "th" : "td";
                renderer.Write('<').Write(tag);
                if (row.IsHeader)
                {
                    renderer.Write(" scope=\"col\"");
                }

                var align = column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment : null;
                if (align is TableColumnAlign.Right)
                {
                    renderer.Write(" class=\"num\"");
                }
                else if (align is TableColumnAlign.Center)
                {
                    renderer.Write(" class=\"center\"");
                }

                if (cell.ColumnSpan > 1)
                {
                    renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                }

                renderer.Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true; // pipe-table cells hold one line of inlines, not paragraphs
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.Write("</").Write(tag).Write('>');
            }

            renderer.WriteLine("</tr>");
        }

        if (section.Length > 0)
        {
            renderer.WriteLine($"</{section}>");
        }

        renderer.WriteLine("</table>");
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
