using System.Diagnostics;

namespace ParkSiteGen.Tests.Support;

/// <summary>ParkSiteGen in a process of its own, for tests that kill a build: the framework-dependent program that
/// building this test project already puts beside the tests (ParkSiteGen.dll, a project reference, with its
/// runtimeconfig), run by the dotnet host that runs the tests. It is the code under test as built for this run, and
/// costs nothing more; <see cref="ReleaseBinary"/> (Native AOT) takes minutes to make, and what a kill can break is
/// in the file system, which both run alike.</summary>
public static class ProgramProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "ParkSiteGen.dll");

    /// <summary>The dotnet host: `dotnet test` names it in DOTNET_HOST_PATH; the test host is usually that very program.</summary>
    private static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath!
        : "dotnet";

    /// <summary>Starts ParkSiteGen with <paramref name="args"/>; its output is read as it comes (a full pipe would
    /// stall it) and kept in <see cref="Started.Output"/>.</summary>
    public static Started Start(params string[] args)
    {
        if (!File.Exists(Program))
        {
            throw new InvalidOperationException($"{Program} is missing: the test project's build copies it from its project reference to src/ParkSiteGen");
        }

        var start = new ProcessStartInfo(Host) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        return new Started(process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    }

    public sealed record Started(Process Process, Task<string> Stdout, Task<string> Stderr) : IDisposable
    {
        /// <summary>Everything it wrote, once it has ended.</summary>
        public CliResult Output => new(Process.ExitCode, Stdout.Result, Stderr.Result);

        /// <summary>SIGKILL (what Process.Kill sends on Unix): the process ends at once, no handler of it runs.</summary>
        public void KillNow()
        {
            Process.Kill();
            Process.WaitForExit();
        }

        public void Dispose() => Process.Dispose();
    }
}
