using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParkSiteGen.Rendering.Pictures;

namespace ParkSiteGen.Rendering.Markdown;

/// <summary>How narratives show photos: an image of a photo becomes its <c>&lt;picture&gt;</c> (<see cref="PictureHtml"/>);
/// one standing alone in its paragraph becomes a <c>&lt;figure&gt;</c>, its title (<c>![alt](images/hall.jpg "caption")</c>)
/// the caption. Other images and links render as Markdig renders them.</summary>
internal static class PictureRenderers
{
    public sealed class Image : LinkInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (link.IsImage && link.GetData(typeof(PictureLink)) is PictureLink picture && renderer.EnableHtmlForInline)
            {
                WritePicture(renderer, link, picture);
                return;
            }

            base.Write(renderer, link);
        }
    }

    public sealed class Figure : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (AlonePhoto(paragraph) is not { } link)
            {
                base.Write(renderer, paragraph);
                return;
            }

            renderer.EnsureLine();
            renderer.Write("<figure class=\"photo\">");
            WritePicture(renderer, link, (PictureLink)link.GetData(typeof(PictureLink))!);
            if (!string.IsNullOrWhiteSpace(link.Title))
            {
                renderer.Write("<figcaption>").WriteEscape(link.Title.Trim()).Write("</figcaption>");
            }

            renderer.WriteLine("</figure>");
        }

        /// <summary>The paragraph's one photo, when it holds nothing else (but spaces and line breaks).</summary>
        private static LinkInline? AlonePhoto(ParagraphBlock paragraph)
        {
            LinkInline? found = null;
            for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LinkInline { IsImage: true } link when found is null && link.GetData(typeof(PictureLink)) is PictureLink:
                        found = link;
                        break;
                    case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    case LineBreakInline:
                        break;
                    default:
                        return null;
                }
            }

            return found;
        }
    }

    private static void WritePicture(HtmlRenderer renderer, LinkInline link, PictureLink picture)
    {
        var output = ((MarkdownRenderer.PageWriter)renderer.Writer).Target!;
        PictureHtml.Write(output, picture.Files, AltText(link).Trim(), null, picture.Href, picture.Sizes);
    }

    /// <summary>An image's alt text: the text of what is between its brackets, without markup (as Markdig writes it).</summary>
    public static string AltText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        Append(container, text, depth: 0);
        return text.ToString();

        static void Append(ContainerInline container, System.Text.StringBuilder text, int depth)
        {
            for (var inline = container.FirstChild; inline is not null && depth < 64; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.AsSpan());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                    case ContainerInline inner:
                        Append(inner, text, depth + 1);
                        break;
                }
            }
        }
    }
}
