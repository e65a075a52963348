using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ParkSiteGen.Tests.Support;

/// <summary>The release binary, made as README's "A release binary" says (compiled ahead of time, Native AOT), once per
/// test run, into a temporary folder: the program the benchmark measures and maintainers deploy, whose code is
/// compiled without the JIT and with only the reflection the compiler kept.</summary>
public sealed class ReleaseBinary : IDisposable
{
    private readonly TempDir _temp = new();

    public ReleaseBinary()
    {
        var bin = _temp["bin"];
        var publish = Run("dotnet", ["publish", Path.Combine(Repo.Root, "src", "ParkSiteGen"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier,
            "-p:PublishAot=true", "--artifacts-path", _temp["artifacts"], "-o", bin], TimeSpan.FromMinutes(10));
        Program = Path.Combine(bin, OperatingSystem.IsWindows() ? "ParkSiteGen.exe" : "ParkSiteGen");
        if (publish.ExitCode != 0 || !File.Exists(Program))
        {
            throw new InvalidOperationException("the release binary could not be made:\n" + publish);
        }
    }

    public string Program { get; }

    /// <summary>Runs the release binary with <paramref name="args"/> to its end.</summary>
    public CliResult Run(params string[] args) => Run(Program, args, TimeSpan.FromMinutes(2));

    /// <summary>Starts the release binary with <paramref name="args"/> (a server: the caller ends it).</summary>
    public Process Start(params string[] args) => Start(Program, args);

    private static Process Start(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Repo.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <paramref name="program"/> to its end; a <see cref="TimeoutException"/> (the process killed) if it takes longer than <paramref name="timeout"/>.</summary>
    internal static CliResult Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        using var process = Start(program, args);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end within {timeout}");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ReleaseBinaryCollection : ICollectionFixture<ReleaseBinary>
{
    public const string Name = "release binary";
}
