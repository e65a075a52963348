using System.CommandLine;
using ParkSiteGen.Import;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen import FILE [--site DIR] [--year YYYY] [--park SLUG] [--write] [--force]`.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The workbook (.xlsx) or CSV file of figures." };
        var site = SiteOption();
        var year = new Option<int?>("--year") { Description = "The year of sheets that do not say theirs." };
        var park = new Option<string?>("--park") { Description = "The park (slug or name) of a one-park sheet that does not name it." };
        var write = new Option<bool>("--write") { Description = "Change the data.yml files (without it, only show what would change)." };
        var force = new Option<bool>("--force") { Description = "Replace values that differ even where the sheet does not mark a correction (更正)." };
        var command = new Command("import", "Bring figures in from a spreadsheet: show what would change in each data.yml, and with --write change it.")
        {
            file, site, year, park, write, force,
        };
        command.SetAction(result =>
        {
            var siteDir = result.GetValue(site)!;
            if (BuildCommand.CheckSiteDir(siteDir, result.InvocationConfiguration.Error) is { } usage)
            {
                return usage;
            }

            var options = new ImportOptions(siteDir, result.GetValue(file)!, result.GetValue(park), result.GetValue(year), result.GetValue(write), result.GetValue(force));
            return Importer.Run(options, result.InvocationConfiguration.Output) ? ExitCodes.Success : ExitCodes.BuildFailed;
        });
        return command;
    }

    internal static Option<string> SiteOption() =>
        new("--site") { Description = "The site folder, which holds content/ (default: the current folder).", DefaultValueFactory = _ => "." };
}
