using ParkSiteGen.Diagnostics;
using ParkSiteGen.Pipeline;
using ParkSiteGen.Output;
using ParkSiteGen.Site;

namespace ParkSiteGen.Checks;

/// <summary>`check`: builds the site in memory (nothing is published) and runs every check on it.</summary>
public static class CheckRunner
{
    /// <summary>Pages published per language, of all the pages the site has.</summary>
    public sealed record Coverage(string Language, int Published, int Total);

    public sealed record Report(IReadOnlyList<Diagnostic> Findings, SourceTexts Sources, IReadOnlyList<Coverage> Coverage, int PagesChecked, int LinksChecked)
    {
        public int Errors => Findings.Count(f => f.IsError);

        public int Warnings => Findings.Count(f => !f.IsError);
    }

    public static Report Run(string siteDir)
    {
        var diagnostics = new DiagnosticBag();
        var sources = new SourceTexts();
        var output = new MemoryOutput();
        var rendered = SiteBuilder.Render(new BuildOptions(siteDir, OutDir: ""), diagnostics, sources, output);
        if (rendered is null)
        {
            return new Report(diagnostics.Sorted(), sources, [], 0, 0);
        }

        var model = rendered.Model;
        var counts = OutputCheck.Run(output, model, diagnostics);
        ConsistencyCheck.Run(model, diagnostics);
        TextDefectCheck.Run(model.Content, diagnostics);
        PlaceholderCheck.Run(sources, diagnostics);
        return new Report(diagnostics.Sorted(), sources, CoverageOf(model), counts.Pages, counts.Links);
    }

    private static List<Coverage> CoverageOf(SiteModel model)
    {
        var keys = model.Pages.Select(p => p.Key).Distinct().ToList();
        return model.Languages.Select(l => new Coverage(l.Code, keys.Count(k => model.LanguagesOf(k).Contains(l)), keys.Count)).ToList();
    }
}
