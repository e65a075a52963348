using System.CommandLine;
using ParkSiteGen.Checks;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen check [SITE_DIR] [--strict] [--format text|json]`: builds without publishing and
/// reports translation gaps, broken links and anchors, missing alt text, duplicate ids, figures in the text
/// that contradict data.yml, and OCR-style defects.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var site = BuildCommand.SiteArgument();
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 1) on warnings too." };
        var format = new Option<string>("--format") { Description = "text (for people) or json (for CI and editors' tools).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check the site without publishing it.") { site, strict, format };
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var siteDir = result.GetValue(site)!;
            if (BuildCommand.CheckSiteDir(siteDir, stderr) is { } usage)
            {
                return usage;
            }

            var report = CheckRunner.Run(siteDir);
            var failed = report.Errors > 0 || (result.GetValue(strict) && report.Warnings > 0);
            if (result.GetValue(format) == "json")
            {
                stdout.WriteLine(CheckReportJson.Serialize(report, ok: !failed));
            }
            else
            {
                DiagnosticPrinter.Print(report.Findings, report.Sources, stdout);
                var coverage = string.Join(", ", report.Coverage.Select(c => $"{c.Language} {c.Published}/{c.Total} pages"));
                stdout.WriteLine($"Checked {report.PagesChecked} pages and {report.LinksChecked} internal links; translation: {(coverage.Length > 0 ? coverage : "not built")}.");
                stdout.WriteLine($"{report.Errors} error{(report.Errors == 1 ? "" : "s")}, {report.Warnings} warning{(report.Warnings == 1 ? "" : "s")}.{(failed ? "" : " Clean.")}");
            }

            return failed ? ExitCodes.BuildFailed : ExitCodes.Success;
        });
        return command;
    }
}
