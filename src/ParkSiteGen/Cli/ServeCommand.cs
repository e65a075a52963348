using System.CommandLine;
using System.Net;
using ParkSiteGen.Preview;

namespace ParkSiteGen.Cli;

/// <summary>`parksitegen serve [SITE_DIR] [--port N] [--host ADDRESS] [--drafts] [--poll MS]`.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var site = BuildCommand.SiteArgument();
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0: any free port).", DefaultValueFactory = _ => 1313 };
        var host = new Option<string>("--host") { Description = "Address to listen on. The default serves this machine only; 0.0.0.0 shows the preview to your network.", DefaultValueFactory = _ => "127.0.0.1" };
        var drafts = new Option<bool>("--drafts") { Description = "Show pages marked draft: true (default: true; --drafts false hides them).", DefaultValueFactory = _ => true };
        var poll = new Option<int?>("--poll") { Description = "Check for changes every MS milliseconds instead of waiting for file system events (WSL2, Docker mounts, network drives)." };
        var command = new Command("serve", "Preview the site locally: rebuilds on every change and reloads the browser.") { site, port, host, drafts, poll };
        command.SetAction(async (result, cancel) =>
        {
            var stdout = result.InvocationConfiguration.Output;
            var stderr = result.InvocationConfiguration.Error;
            var siteDir = result.GetValue(site)!;
            if (BuildCommand.CheckSiteDir(siteDir, stderr) is { } usage)
            {
                return usage;
            }

            if (!IPAddress.TryParse(result.GetValue(host), out _))
            {
                stderr.WriteLine($"error: --host must be an IP address such as 127.0.0.1 or 0.0.0.0, not '{result.GetValue(host)}'");
                return ExitCodes.Usage;
            }

            if (result.GetValue(poll) is < 50)
            {
                stderr.WriteLine("error: --poll takes an interval of at least 50 milliseconds");
                return ExitCodes.Usage;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(siteDir, result.GetValue(host)!, result.GetValue(port), result.GetValue(drafts), result.GetValue(poll), stdout);
            }
            catch (IOException e) when (e.InnerException is System.Net.Sockets.SocketException || e.GetType().Name.Contains("AddressInUse", StringComparison.Ordinal))
            {
                stderr.WriteLine($"error: cannot listen on port {result.GetValue(port)}: {e.Message}. Try another one with --port, or --port 0 for any free port.");
                return ExitCodes.Usage;
            }

            await using (server)
            {
                if (result.GetValue(host) != "127.0.0.1")
                {
                    stdout.WriteLine($"warning: the preview is reachable from other machines on {result.GetValue(host)}");
                }

                stdout.WriteLine($"Serving {Path.GetFullPath(siteDir)} at {server.Address} ({(result.GetValue(drafts) ? "drafts shown" : "drafts hidden")}; watching content/ and themes/ by {server.WatchMode})");
                stdout.WriteLine($"Translation status and side-by-side view: {server.Address}__parksitegen/");
                stdout.WriteLine("Press Ctrl+C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancel);
                }
                catch (OperationCanceledException)
                {
                    stdout.WriteLine("Stopped.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
