using System.CommandLine;
using ParkSiteGen.Scaffolding;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen new park SLUG` and `parksitegen new bulletin SLUG YEAR [--site DIR]`.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var siteOption = new Option<string>("--site") { Description = "The site folder (default: the current folder).", DefaultValueFactory = _ => "." };
        var slug = new Argument<string>("SLUG") { Description = "The park's folder name and URL slug (a-z, 0-9, -)." };
        var park = new Command("park", "Scaffold content/parks/SLUG/: park.yml and the profile in both languages.") { slug, siteOption };
        park.SetAction(result => Report(Scaffolder.NewPark(result.GetValue(siteOption)!, result.GetValue(slug)!), result));

        var bulletinSlug = new Argument<string>("SLUG") { Description = "The park." };
        var year = new Argument<int>("YEAR") { Description = "The year the bulletin reviews." };
        var bulletin = new Command("bulletin", "Scaffold content/parks/SLUG/YEAR/: data.yml and the bulletin in both languages.") { bulletinSlug, year, siteOption };
        bulletin.SetAction(result => Report(Scaffolder.NewBulletin(result.GetValue(siteOption)!, result.GetValue(bulletinSlug)!, result.GetValue(year)), result));

        return new Command("new", "Scaffold content files with both languages' placeholders (never overwrites).") { park, bulletin };
    }

    private static int Report(Scaffolder.Result result, ParseResult parse)
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

        stdout.WriteLine("The pages are drafts: fill in every TODO, then set draft: false. `parksitegen serve` shows drafts.");
        return ExitCodes.Success;
    }
}
