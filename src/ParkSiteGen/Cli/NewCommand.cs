using System.CommandLine;
using ParkSiteGen.Scaffolding;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen new site DIR`, `parksitegen new park SLUG` and `parksitegen new bulletin SLUG YEAR [--site DIR]`.</summary>
public static class NewCommand
{
    private const string DraftsNext = "The pages are drafts: fill in every TODO, then set draft: false. `parksitegen serve` shows drafts.";

    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "The folder of the new site: a new or empty one." };
        var site = new Command("site", "Start a site in DIR: site.yml, the indicator catalogue, an example park and editor settings.") { dir };
        site.SetAction(result => Report(SiteScaffolder.NewSite(result.GetValue(dir)!), result, SiteNext(result.GetValue(dir)!)));

        var siteOption = new Option<string>("--site") { Description = "The site folder (default: the current folder).", DefaultValueFactory = _ => "." };
        var slug = new Argument<string>("SLUG") { Description = "The park's folder name and URL slug (a-z, 0-9, -)." };
        var park = new Command("park", "Scaffold content/parks/SLUG/: park.yml and the profile in both languages.") { slug, siteOption };
        park.SetAction(result => Report(Scaffolder.NewPark(result.GetValue(siteOption)!, result.GetValue(slug)!), result, DraftsNext));

        var bulletinSlug = new Argument<string>("SLUG") { Description = "The park." };
        var year = new Argument<int>("YEAR") { Description = "The year the bulletin reviews." };
        var bulletin = new Command("bulletin", "Scaffold content/parks/SLUG/YEAR/: data.yml and the bulletin in both languages.") { bulletinSlug, year, siteOption };
        bulletin.SetAction(result => Report(Scaffolder.NewBulletin(result.GetValue(siteOption)!, result.GetValue(bulletinSlug)!, result.GetValue(year)), result, DraftsNext));

        return new Command("new", "Scaffold a site, or content files with both languages' placeholders (never overwrites).") { site, park, bulletin };
    }

    private static string SiteNext(string dir) => $"""
        A new site in {dir}. Its park content/parks/example-park/ is a made-up example: replace it with yours
        (`parksitegen new park SLUG --site {dir}`), then delete it. Next:
          parksitegen serve {dir}     the live preview, at http://127.0.0.1:1313/
          parksitegen build {dir}     the site, into {Path.Combine(dir, "public")}/
        """;

    private static int Report(Scaffolder.Result result, ParseResult parse, string next)
    {
        if (result.Error is { } error)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: " + error);
            return ExitCodes.BuildFailed;
        }

        var stdout = parse.InvocationConfiguration.Output;
        foreach (var file in result.Written)
        {
            stdout.WriteLine("created " + file);
        }

        stdout.WriteLine(next);
        return ExitCodes.Success;
    }
}
