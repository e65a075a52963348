using System.Net;
using System.Text;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.Preview;

/// <summary>The preview-only page at /__parksitegen/: every park and year with the state of each language
/// (published, draft, missing), links to each page and to a side-by-side view, and the open translation gaps.</summary>
public static class StatusPage
{
    public static string Render(LiveSite site)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>Preview: translation status</title>\n<style>")
          .Append("body{font:16px/1.6 system-ui,\"PingFang SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",sans-serif;margin:1.5rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b}")
          .Append("table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #c9d1dc;padding:.4rem .6rem;text-align:left;vertical-align:top}")
          .Append(".missing{color:#a4161a;font-weight:600}.draft{color:#7a5a00;font-weight:600}a{color:#0a4fb5}")
          .Append("</style>\n</head>\n<body>\n<main>\n<h1>Preview: translation status</h1>\n");
        if (site.Model is not { } model)
        {
            sb.Append("<p>The site has not built yet: see the errors.</p>\n</main>\n</body>\n</html>\n");
            return sb.ToString();
        }

        var languages = model.Languages;
        sb.Append("<p>Every park and year, and what exists in each language. Drafts show in the preview only.</p>\n");
        sb.Append("<table>\n<caption>Pages by language</caption>\n<thead><tr><th scope=\"col\">Page</th>");
        foreach (var language in languages)
        {
            sb.Append("<th scope=\"col\">").Append(language.Code).Append("</th>");
        }

        sb.Append("<th scope=\"col\">Side by side</th></tr></thead>\n<tbody>\n");
        foreach (var park in model.Content.Parks.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            Row(sb, model, PageKey.Profile(park.Slug), park.Slug, park.Profiles, languages);
            foreach (var year in park.Years.OrderBy(y => y.Year))
            {
                Row(sb, model, PageKey.Bulletin(park.Slug, year.Year), $"{park.Slug} / {year.Year}", year.Bulletins, languages);
            }
        }

        sb.Append("</tbody>\n</table>\n");
        var gaps = site.Diagnostics.Where(d => d.Code == "missing-translation").ToList();
        sb.Append("<h2>Translation gaps (").Append(gaps.Count).Append(")</h2>\n<ul>\n");
        foreach (var gap in gaps)
        {
            sb.Append("<li><code>").Append(WebUtility.HtmlEncode(gap.Location?.ToString() ?? "")).Append("</code> ")
              .Append(WebUtility.HtmlEncode(gap.Message)).Append("</li>\n");
        }

        sb.Append("</ul>\n</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, SiteModel model, PageKey key, string label, IReadOnlyDictionary<Language, Document> documents, IReadOnlyList<Language> languages)
    {
        var published = model.LanguagesOf(key);
        sb.Append("<tr><th scope=\"row\">").Append(WebUtility.HtmlEncode(label)).Append("</th>");
        foreach (var language in languages)
        {
            var path = UrlScheme.PathOf(key, language);
            sb.Append("<td>");
            if (published.Contains(language))
            {
                var draft = documents.TryGetValue(language, out var d) && d.Draft;
                sb.Append("<a href=\"").Append(path).Append("\">").Append(draft ? "draft" : documents.Count == 0 ? "data only" : "published").Append("</a>");
            }
            else if (documents.TryGetValue(language, out var doc) && doc.Draft)
            {
                sb.Append("<span class=\"draft\">draft (hidden)</span>");
            }
            else
            {
                sb.Append("<span class=\"missing\">missing</span>");
            }

            sb.Append("</td>");
        }

        var shared = UrlScheme.PathOf(key, languages[0])[(languages[0].Code.Length + 1)..];
        sb.Append("<td>").Append(published.Count > 1 ? $"<a href=\"{PreviewServer.Prefix}/side-by-side?page={WebUtility.UrlEncode(shared)}\">compare</a>" : "—").Append("</td></tr>\n");
    }

    /// <summary>Both languages of one page next to each other.</summary>
    public static string SideBySide(SiteModel model, string page)
    {
        var safe = page.Length > 0 && page.StartsWith('/') && !page.Contains("..", StringComparison.Ordinal) && !page.Contains(':') ? page : "/";
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Side by side</title>\n<style>")
            .Append("body{margin:0;display:flex;height:100vh}iframe{flex:1;border:0;border-right:2px solid #0b3d91}</style>\n</head>\n<body>\n");
        foreach (var language in model.Languages)
        {
            var src = WebUtility.HtmlEncode($"/{language.Code}{safe}");
            sb.Append("<iframe src=\"").Append(src).Append("\" title=\"").Append(language.Code).Append("\"></iframe>\n");
        }

        return sb.Append("</body>\n</html>\n").ToString();
    }
}
