using System.CommandLine;
using ParkSiteGen.Export;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen export [--site DIR] --year YYYY [--out FILE.xlsx]`.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var site = ImportCommand.SiteOption();
        var year = new Option<int>("--year") { Description = "The year to fill in.", Required = true };
        var output = new Option<string?>("--out") { Description = "The workbook to write (default: figures-YYYY.xlsx in the current folder)." };
        var command = new Command("export", "Write a workbook for a statistics office to fill in, one sheet per park, which `import` reads back.") { site, year, output };
        command.SetAction(result =>
        {
            var siteDir = result.GetValue(site)!;
            if (BuildCommand.CheckSiteDir(siteDir, result.InvocationConfiguration.Error) is { } usage)
            {
                return usage;
            }

            var y = result.GetValue(year);
            var file = result.GetValue(output) ?? $"figures-{y}.xlsx";
            return Exporter.Run(siteDir, y, file, result.InvocationConfiguration.Output) ? ExitCodes.Success : ExitCodes.BuildFailed;
        });
        return command;
    }
}
