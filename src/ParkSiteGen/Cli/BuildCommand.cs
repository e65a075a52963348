using System.CommandLine;
using System.Globalization;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Output;
using ParkSiteGen.Pipeline;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen build [SITE_DIR] [--out DIR] [--drafts] [--strict] [--base-url URL] [--no-search] [--timings] [--jobs N]`.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var site = SiteArgument();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: SITE_DIR/public). Updated in one step when the build succeeds; only what changed is made again." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (e.g. a missing translation) as errors." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Use this base URL instead of site.yml's base_url." };
        var noSearch = new Option<bool>("--no-search") { Description = "Do not build the search index (Pagefind, which needs Node.js)." };
        var timings = new Option<bool>("--timings") { Description = "Print the time and allocations of each pipeline stage." };
        var clean = new Option<bool>("--clean") { Description = "Make every file again, ignoring what the last build left (it is kept beside the output, in .public.parksitegen/)." };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "How many pages to render at once (default: one per processor). The output is the same whatever it is." };
        jobs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError("--jobs must be 1 or more");
            }
        });
        var command = new Command("build", "Build the site from SITE_DIR/content into a static website.") { site, output, drafts, strict, baseUrl, noSearch, timings, jobs, clean };
        command.SetAction(result =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var siteDir = result.GetValue(site)!;
            if (CheckSiteDir(siteDir, stderr) is { } usage)
            {
                return usage;
            }

            Uri? url = null;
            if (result.GetValue(baseUrl) is { } text && (url = SiteConfigReader.ParseBaseUrl(text)) is null)
            {
                stderr.WriteLine($"error: --base-url must be an absolute http(s) address such as https://parks.example.org/, not '{text}'");
                return ExitCodes.Usage;
            }

            var outDir = result.GetValue(output) ?? Path.Combine(siteDir, "public");
            if (SiteTrees.Refusal(outDir, siteDir) is { } refusal)
            {
                stderr.WriteLine("error: " + refusal);
                return ExitCodes.Usage;
            }

            var stageTimes = result.GetValue(timings) ? new BuildTimings() : null;
            var build = SiteBuilder.Build(new BuildOptions(siteDir, outDir, result.GetValue(drafts), result.GetValue(strict), url, Search: !result.GetValue(noSearch),
                stageTimes, MaxParallelism: result.GetValue(jobs) ?? -1, Clean: result.GetValue(clean)));
            var exit = Report(build, outDir, result.GetValue(strict), stdout, stderr);
            if (stageTimes is not null)
            {
                stdout.WriteLine("Timings:");
                stageTimes.Print(stdout);
                stdout.WriteLine($"  heap pages: {HeapPages.Status}");
            }

            return exit;
        });
        return command;
    }

    /// <summary>The SITE_DIR argument; a word starting with '-' here is an option we do not know.</summary>
    internal static Argument<string> SiteArgument()
    {
        var site = new Argument<string>("SITE_DIR") { Description = "The site folder, holding content/ (default: the current folder).", DefaultValueFactory = _ => "." };
        site.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        return site;
    }

    internal static int? CheckSiteDir(string siteDir, TextWriter stderr)
    {
        if (!Directory.Exists(siteDir))
        {
            stderr.WriteLine($"error: the site folder '{siteDir}' does not exist");
            return ExitCodes.Usage;
        }

        if (!Directory.Exists(Path.Combine(siteDir, "content")))
        {
            stderr.WriteLine($"error: '{siteDir}' has no content/ folder: give the folder that holds content/ (e.g. `parksitegen build path/to/site`)");
            return ExitCodes.Usage;
        }

        return null;
    }

    /// <summary>What the photos cost: those encoded and those taken from the cache (nothing when neither).</summary>
    private static string Photos(BuildResult build) =>
        build.PhotosEncoded + build.PhotosFromCache == 0 ? ""
            : $"; {Plural(build.PhotosEncoded, "photo")} encoded" + (build.PhotosFromCache > 0 ? $", {build.PhotosFromCache} from the cache" : "");

    internal static int Report(BuildResult build, string outDir, bool strict, TextWriter stdout, TextWriter stderr)
    {
        DiagnosticPrinter.Print(build.Diagnostics, build.Sources, stderr);
        var seconds = build.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{Plural(build.ErrorCount, "error")}, {Plural(build.WarningCount, "warning")}";
        if (build.Succeeded)
        {
            var what = build.UpToDate
                ? $"Up to date: nothing changed since the last build of {outDir} ({Plural(build.PageCount, "page")}); checked in {seconds} s"
                : $"Built {Plural(build.PageCount, "page")} ({Plural(build.FileCount, "file")}) into {outDir} in {seconds} s{Incremental(build)}{Photos(build)}";
            stdout.WriteLine($"{what}; {counts}.");
            return ExitCodes.Success;
        }

        var why = build.ErrorCount == 0 && strict ? " (--strict: warnings count as errors)" : "";
        stderr.WriteLine($"Build failed: {counts}{why}. Nothing was published; {outDir} is unchanged.");
        return ExitCodes.BuildFailed;
    }

    /// <summary>", 12 made again, 2,438 kept": what an incremental build did (nothing when it made everything).</summary>
    private static string Incremental(BuildResult build) =>
        build.Kept == 0 ? "" : $"; {build.Written.ToString("N0", CultureInfo.InvariantCulture)} made again, {build.Kept.ToString("N0", CultureInfo.InvariantCulture)} kept";

    private static string Plural(int count, string noun) => $"{count.ToString(CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";
}
