using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>Stage 2: decides which pages exist, in which languages, at which URLs, and derives figures.
/// Each park is built on its own (<see cref="BuildPark"/>) and the site assembled from the parts, so the preview
/// rebuilds one park after an edit instead of all of them. Reports every translation gap (a warning; an error
/// under --strict, which the pipeline applies).</summary>
public static class SiteModelBuilder
{
    /// <param name="sitePages">The pages about the whole site, as the build's registered page kinds declare them.</param>
    public static SiteModel Build(ContentSet content, Uri baseUrl, bool includeDrafts, DiagnosticBag diagnostics, Func<SiteModel, IEnumerable<PageKey>> sitePages)
    {
        var parts = new ParkPart?[content.Parks.Count];
        Parallel.For(0, parts.Length, i => parts[i] = BuildPark(content.Parks[i], content.Site.Languages, includeDrafts, content.ContentDir));
        foreach (var gap in parts.OfType<ParkPart>().SelectMany(p => p.Gaps))
        {
            diagnostics.Add(gap);
        }

        return Assemble(content, baseUrl, parts, sitePages);
    }

    /// <summary>The site from its parks' parts (null parts are parks not published, e.g. all drafts). Cheap: the
    /// full page list is only put together when asked for (the preview's edits never need it).</summary>
    public static SiteModel Assemble(ContentSet content, Uri baseUrl, IEnumerable<ParkPart?> parts, Func<SiteModel, IEnumerable<PageKey>> sitePages)
    {
        var published = parts.OfType<ParkPart>().OrderBy(p => p.Entry.Slug, StringComparer.Ordinal).ToList();
        var headline = content.Indicators.Where(i => i.Headline).ToList();
        return new SiteModel(content, new UrlScheme(baseUrl), published, headline.Count > 0 ? headline : content.Indicators.Take(3).ToList(), sitePages);
    }

    /// <summary>One park's published pages, translations, derived figures and translation gaps; null when none of
    /// its profiles is published (a park being drafted).</summary>
    public static ParkPart? BuildPark(Park park, IReadOnlyList<Language> languages, bool includeDrafts, string contentDir)
    {
        var parkLanguages = Availability.Of(park.Profiles, languages, includeDrafts);
        if (parkLanguages.Count == 0)
        {
            return null;
        }

        var gaps = new List<Diagnostic>();
        ReportGaps(contentDir, park.Folder, ContentLayout.ProfileStem, park.Profiles, parkLanguages, languages, gaps);
        var translations = new Dictionary<PageKey, IReadOnlyList<Language>> { [PageKey.Profile(park.Slug)] = parkLanguages };
        var years = new List<YearEntry>();
        var published = new List<YearReport>();
        foreach (var report in park.Years.OrderBy(y => y.Year))
        {
            var yearLanguages = Availability.Of(report.Bulletins, languages, includeDrafts);
            if (yearLanguages.Count == 0)
            {
                continue;
            }

            ReportGaps(contentDir, report.Folder, ContentLayout.BulletinStem, report.Bulletins, yearLanguages, languages, gaps);
            var growth = DerivedFigures.ComputedGrowth(report, published.LastOrDefault());
            var targets = DerivedFigures.TargetsFor(report, published);
            years.Add(new YearEntry(report, yearLanguages, growth, targets));
            published.Add(report);
            translations[PageKey.Bulletin(park.Slug, report.Year)] = yearLanguages;
        }

        var entry = new ParkEntry(park, parkLanguages, years);
        var pages = new List<Page>();
        foreach (var language in languages)
        {
            var profileKey = PageKey.Profile(park.Slug);
            if (parkLanguages.Contains(language))
            {
                var profile = park.Profiles.GetValueOrDefault(language);
                pages.Add(new Page(profileKey, language, UrlScheme.PathOf(profileKey, language), entry, null, profile, profile?.Draft == true));
            }

            foreach (var year in years.Where(y => y.Languages.Contains(language)))
            {
                var key = PageKey.Bulletin(park.Slug, year.Year);
                var bulletin = year.Report.Bulletins.GetValueOrDefault(language);
                pages.Add(new Page(key, language, UrlScheme.PathOf(key, language), entry, year, bulletin, bulletin?.Draft == true));
            }
        }

        return new ParkPart(entry, pages, translations, gaps);
    }

    private static void ReportGaps(string contentDir, string folder, string stem, IReadOnlyDictionary<Language, Document> documents,
        IReadOnlyList<Language> published, IReadOnlyList<Language> languages, List<Diagnostic> gaps)
    {
        if (documents.Count == 0)
        {
            var relativeFolder = ContentLoader.Relative(contentDir, folder) + "/";
            gaps.Add(new Diagnostic(Severity.Warning, "missing-translation", SourceLocation.WholeFile(relativeFolder),
                $"{relativeFolder} has no {stem} text in any language; its page shows the data only",
                Expected: string.Join(" and ", languages.Select(l => ContentLayout.NarrativeName(stem, l))),
                Hint: "`parksitegen new` scaffolds the files with both languages' placeholders"));
            return;
        }

        foreach (var language in languages.Where(l => !published.Contains(l) && !documents.ContainsKey(l)))
        {
            var existing = published[0];
            var file = ContentLoader.Relative(contentDir, Path.Combine(folder, ContentLayout.NarrativeName(stem, language)));
            gaps.Add(new Diagnostic(Severity.Warning, "missing-translation", SourceLocation.WholeFile(file),
                $"not translated: this page has no {Content.Yaml.YamlValues.LanguageName(language)} version; links lead to the {Content.Yaml.YamlValues.LanguageName(existing)} page",
                Expected: $"{ContentLayout.NarrativeName(stem, language)} beside {ContentLayout.NarrativeName(stem, existing)}", Hint: "translate the page, or leave the gap: it is reported, not broken"));
        }
    }
}
