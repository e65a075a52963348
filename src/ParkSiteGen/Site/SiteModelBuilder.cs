using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>Stage 2: decides which pages exist, in which languages, at which URLs, and derives figures.
/// Reports every translation gap (a warning; an error under --strict, which the pipeline applies).</summary>
public static class SiteModelBuilder
{
    public static SiteModel Build(ContentSet content, Uri baseUrl, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var languages = content.Site.Languages;
        var translations = new Dictionary<PageKey, IReadOnlyList<Language>>
        {
            [PageKey.Home] = languages,
            [PageKey.Directory] = languages,
        };
        var parks = new List<ParkEntry>();
        foreach (var park in content.Parks.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            var parkLanguages = Availability.Of(park.Profiles, languages, includeDrafts);
            if (parkLanguages.Count == 0)
            {
                continue; // every profile is a draft: the park is not published yet
            }

            ReportGaps(content.ContentDir, park.Folder, "profile", park.Profiles, parkLanguages, languages, diagnostics);
            translations[PageKey.Profile(park.Slug)] = parkLanguages;
            var years = new List<YearEntry>();
            var published = new List<YearReport>();
            foreach (var report in park.Years.OrderBy(y => y.Year))
            {
                var yearLanguages = Availability.Of(report.Bulletins, languages, includeDrafts);
                if (yearLanguages.Count == 0)
                {
                    continue;
                }

                ReportGaps(content.ContentDir, report.Folder, "bulletin", report.Bulletins, yearLanguages, languages, diagnostics);
                var growth = DerivedFigures.ComputedGrowth(report, published.LastOrDefault());
                var targets = DerivedFigures.TargetsFor(report, published);
                years.Add(new YearEntry(report, yearLanguages, growth, targets));
                published.Add(report);
                translations[PageKey.Bulletin(park.Slug, report.Year)] = yearLanguages;
            }

            parks.Add(new ParkEntry(park, parkLanguages, years));
        }

        var pages = new List<Page>();
        foreach (var language in languages)
        {
            pages.Add(new Page(PageKey.Home, language, UrlScheme.PathOf(PageKey.Home, language), null, null, null, false));
            pages.Add(new Page(PageKey.Directory, language, UrlScheme.PathOf(PageKey.Directory, language), null, null, null, false));
            foreach (var park in parks)
            {
                var profileKey = PageKey.Profile(park.Slug);
                if (park.Languages.Contains(language))
                {
                    var profile = park.Park.Profiles.GetValueOrDefault(language);
                    pages.Add(new Page(profileKey, language, UrlScheme.PathOf(profileKey, language), park, null, profile, profile?.Draft == true));
                }

                foreach (var year in park.Years.Where(y => y.Languages.Contains(language)))
                {
                    var key = PageKey.Bulletin(park.Slug, year.Year);
                    var bulletin = year.Report.Bulletins.GetValueOrDefault(language);
                    pages.Add(new Page(key, language, UrlScheme.PathOf(key, language), park, year, bulletin, bulletin?.Draft == true));
                }
            }
        }

        var headline = content.Indicators.Where(i => i.Headline).ToList();
        return new SiteModel(content, new UrlScheme(baseUrl), parks, pages, translations, headline.Count > 0 ? headline : content.Indicators.Take(3).ToList());
    }

    private static void ReportGaps(string contentDir, string folder, string stem, IReadOnlyDictionary<Language, Document> documents,
        IReadOnlyList<Language> published, IReadOnlyList<Language> languages, DiagnosticBag diagnostics)
    {
        if (documents.Count == 0)
        {
            var relativeFolder = Content.ContentLoader.Relative(contentDir, folder) + "/";
            diagnostics.Warning("missing-translation", Diagnostics.SourceLocation.WholeFile(relativeFolder),
                $"{relativeFolder} has no {stem} text in any language; its page shows the data only",
                expected: string.Join(" and ", languages.Select(l => $"{stem}.{l.Code}.md")),
                hint: "`parksitegen new` scaffolds the files with both languages' placeholders");
            return;
        }

        foreach (var language in languages.Where(l => !published.Contains(l) && !documents.ContainsKey(l)))
        {
            var existing = published[0];
            var file = Content.ContentLoader.Relative(contentDir, Path.Combine(folder, $"{stem}.{language.Code}.md"));
            diagnostics.Warning("missing-translation", Diagnostics.SourceLocation.WholeFile(file),
                $"not translated: this page has no {Content.Yaml.YamlValues.LanguageName(language)} version; links lead to the {Content.Yaml.YamlValues.LanguageName(existing)} page",
                expected: $"{stem}.{language.Code}.md beside {stem}.{existing.Code}.md", hint: "translate the page, or leave the gap: it is reported, not broken");
        }
    }
}
