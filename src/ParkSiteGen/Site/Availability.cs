using ParkSiteGen.Model;

namespace ParkSiteGen.Site;

/// <summary>The rule for which languages a page is published in: the one place translation gaps and drafts
/// are decided. A page with narratives exists in the languages whose narrative is written and not a draft;
/// a page with no narrative at all (data only) exists in every language.</summary>
public static class Availability
{
    public static IReadOnlyList<Language> Of(IReadOnlyDictionary<Language, Document> documents, IReadOnlyList<Language> languages, bool includeDrafts) =>
        documents.Count == 0
            ? languages
            : languages.Where(l => documents.TryGetValue(l, out var d) && (includeDrafts || !d.Draft)).ToList();
}
