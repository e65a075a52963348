using System.Diagnostics;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Search;

/// <summary>Runs Pagefind (npm) on a built site, before it is published, so a site never goes out without its
/// search index. Pagefind is looked for in PARKSITEGEN_PAGEFIND, then in node_modules/.bin of the site folder, the
/// working folder and ParkSiteGen's own folder and their parents. Without Pagefind or Node.js the site still builds
/// (with a warning saying how to get search); --no-search leaves the index out on purpose.</summary>
public static class SearchIndexer
{
    public const string Variable = "PARKSITEGEN_PAGEFIND";

    /// <param name="pagefind">The Pagefind program to run; null: look for it (see the class summary).</param>
    public static void Run(string siteFolder, string siteDir, DiagnosticBag diagnostics, string? pagefind = null)
    {
        pagefind ??= Locate(siteDir);
        if (pagefind is null)
        {
            diagnostics.Warning("search-not-built", null, "the search index was not built: Pagefind is not installed",
                expected: "Node.js and Pagefind (npm)",
                hint: $"install Node.js, then run `npm ci` in the ParkSiteGen repository (or `npm install pagefind` in the site folder), or set {Variable}; pass --no-search to build without search");
            return;
        }

        try
        {
            var start = new ProcessStartInfo(pagefind) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--site", siteFolder, "--quiet" })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                diagnostics.Error("search-failed", null, $"Pagefind failed (exit {process.ExitCode}): {Last(stderr + stdout.Result)}",
                    hint: "run the build with --no-search to publish without search, and report the Pagefind message");
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            diagnostics.Warning("search-not-built", null, $"the search index was not built: Pagefind could not start ({e.Message})",
                expected: "Node.js on the PATH", hint: "install Node.js (Pagefind's npm package runs on it), or pass --no-search");
        }
    }

    public static string? Locate(string siteDir)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var name = OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind";
        foreach (var start in new[] { Path.GetFullPath(siteDir), Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string Last(string text) => text.Trim().Split('\n').LastOrDefault()?.Trim() ?? "";
}
