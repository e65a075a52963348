using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Checks;

/// <summary>Checks the rendered HTML the way a reader meets it: every internal link and anchor leads somewhere,
/// every picture has a text alternative, no id is used twice on a page.</summary>
public static class OutputCheck
{
    public sealed record Counts(int Pages, int Links);

    public static Counts Run(MemoryOutput output, SiteModel model, DiagnosticBag diagnostics)
    {
        var parser = new HtmlParser();
        var pages = output.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Document: parser.ParseDocument(output.Text(p)!)))
            .ToList();
        var ids = pages.ToDictionary(p => p.Path, p => p.Document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var narratives = model.Pages.Where(p => p.Document is not null).ToDictionary(p => UrlScheme.OutputFile(p.Path), p => p.Document!, StringComparer.Ordinal);
        var links = 0;
        foreach (var (path, document) in pages)
        {
            var page = SourceLocation.WholeFile("(output) " + path);
            var narrative = narratives.GetValueOrDefault(path);
            var source = narrative?.File;

            // A problem inside the narrative is reported where the editor can fix it: the Markdown line.
            SourceLocation At(IElement element, string needle) =>
                narrative is not null && element.Closest(".narrative") is not null && LineOf(narrative, needle) is { } found ? found : page;
            foreach (var duplicate in document.QuerySelectorAll("[id]").GroupBy(e => e.Id!).Where(g => g.Count() > 1))
            {
                diagnostics.Error("duplicate-id", page, $"the id '{duplicate.Key}' is used {duplicate.Count()} times on this page",
                    found: duplicate.Key, expected: "each id once per page",
                    hint: source is null ? "rename one of them in the theme" : $"a heading in {source} may have the same text as another one, or as a section of the page: reword one");
            }

            foreach (var image in document.QuerySelectorAll("img"))
            {
                if (string.IsNullOrWhiteSpace(image.GetAttribute("alt")))
                {
                    // The image written with empty brackets, where the narrative has one; else its first image.
                    var at = At(image, "![](");
                    diagnostics.Error("image-without-alt", at == page ? At(image, "![") : at, $"the picture {image.GetAttribute("src")} has no text alternative",
                        found: image.OuterHtml, expected: "alt text describing the picture",
                        hint: source is null ? "give the img an alt attribute in the theme" : $"write it between the brackets in {source}: ![the park gate at night](images/gate.jpg)");
                }
            }

            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (Internal(url, path, model) is not { } target)
                {
                    continue;
                }

                links++;
                var (file, fragment) = target;
                var key = file.Length == 0 ? path : file;
                if (output.Find(key) is null)
                {
                    diagnostics.Error("broken-link", At(element, Uri.UnescapeDataString(url)), $"the link {Uri.UnescapeDataString(url)} leads to no page of the site",
                        found: url, expected: "a page or file the build writes",
                        hint: source is null ? "fix the link in the theme" : $"check the links in {source}");
                }
                else if (fragment.Length > 0 && ids.TryGetValue(key, out var targetIds) && !targetIds.Contains(Uri.UnescapeDataString(fragment)))
                {
                    var anchor = Uri.UnescapeDataString(fragment);
                    diagnostics.Error("broken-anchor", At(element, "#" + anchor), $"the link {Uri.UnescapeDataString(url)} points to '#{anchor}', which is not on that page",
                        found: "#" + anchor, expected: "the id of a heading or section of the target page",
                        hint: "heading ids are the heading text (## 经济指标 -> #经济指标); check the spelling");
                }
            }
        }

        return new Counts(pages.Count, links);
    }

    /// <summary>The first line of the narrative's Markdown that contains <paramref name="needle"/>.</summary>
    private static SourceLocation? LineOf(Model.Document document, string needle)
    {
        var lines = document.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(document.File, document.BodyLine + i, column + 1, needle.Length);
            }
        }

        return null;
    }

    /// <summary>The output file and fragment an internal URL leads to; null for external links.</summary>
    private static (string File, string Fragment)? Internal(string url, string fromPath, SiteModel model)
    {
        var absoluteBase = model.Urls.Absolute("/");
        if (url.StartsWith(absoluteBase, StringComparison.Ordinal))
        {
            url = "/" + url[absoluteBase.Length..];
        }
        else if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal)
                 || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
        {
            return null;
        }

        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var path = (hash < 0 ? url : url[..hash]).Split('?')[0];
        if (path.Length == 0)
        {
            return ("", fragment);
        }

        if (!path.StartsWith('/'))
        {
            var folder = fromPath.Contains('/') ? fromPath[..(fromPath.LastIndexOf('/') + 1)] : "";
            path = "/" + folder + path;
        }

        var basePath = model.Urls.Href("/");
        if (basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal))
        {
            path = "/" + path[basePath.Length..];
        }

        return (UrlScheme.OutputFile(Uri.UnescapeDataString(path)), fragment);
    }
}
