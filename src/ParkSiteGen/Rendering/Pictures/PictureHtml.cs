using ParkSiteGen.Images;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Pictures;

/// <summary>The markup of a photo: a <c>&lt;picture&gt;</c> offering AVIF (when the site asks for it), WebP and the
/// fallback at every width, with the <c>sizes</c> that let a browser take the smallest file sharp enough for the
/// screen, and the width and height that keep the text from jumping when the photo arrives. The first photo of a
/// page loads at once; the others wait until the reader scrolls near them.</summary>
public static class PictureHtml
{
    /// <param name="href">A site path as a link on this site (its base path added).</param>
    /// <param name="altLanguage">The alt text's html lang when it is not the page's (an English page showing the Chinese
    /// alt text of a photo not yet translated).</param>
    public static void Write(PageBuffer output, PictureFiles files, string alt, string? altLanguage, Func<string, string> href, string sizes)
    {
        var largest = files.Fallback[^1];
        output.Write("<picture>");
        WriteSource(output, files.Avif, href, sizes);
        WriteSource(output, files.Webp, href, sizes);
        // src, for a browser that reads no srcset: the second width (960 by default), sharp enough on most screens.
        output.Write("<img src=\"");
        output.WriteEscaped(href(files.Fallback[Math.Min(1, files.Fallback.Count - 1)].SitePath));
        output.Write("\" srcset=\"");
        WriteSrcset(output, files.Fallback, href);
        output.Write("\" sizes=\"");
        output.WriteEscaped(sizes);
        output.Write("\" width=\"");
        output.Write(largest.Width);
        output.Write("\" height=\"");
        output.Write(largest.Height);
        output.Write("\" alt=\"");
        output.WriteEscaped(alt);
        output.Write('"');
        if (altLanguage is not null)
        {
            output.Write(" lang=\"");
            output.WriteEscaped(altLanguage);
            output.Write('"');
        }

        output.Write(output.PictureWritten ? " loading=\"lazy\" decoding=\"async\"></picture>" : " decoding=\"async\"></picture>");
        output.PictureWritten = true;
    }

    /// <summary>The files of one format a browser may take instead of the fallback (none: nothing).</summary>
    private static void WriteSource(PageBuffer output, IReadOnlyList<PictureFiles.Variant> variants, Func<string, string> href, string sizes)
    {
        if (variants.Count == 0)
        {
            return;
        }

        output.Write("<source type=\"");
        output.Write(variants[0].MimeType);
        output.Write("\" srcset=\"");
        WriteSrcset(output, variants, href);
        output.Write("\" sizes=\"");
        output.WriteEscaped(sizes);
        output.Write("\">");
    }

    private static void WriteSrcset(PageBuffer output, IReadOnlyList<PictureFiles.Variant> variants, Func<string, string> href)
    {
        for (var i = 0; i < variants.Count; i++)
        {
            if (i > 0)
            {
                output.Write(", ");
            }

            // A space or a comma would end the address in a srcset: a photo's file name may have either.
            output.WriteEscaped(href(variants[i].SitePath).Replace(" ", "%20", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal));
            output.Write(' ');
            output.Write(variants[i].Width);
            output.Write('w');
        }
    }
}
