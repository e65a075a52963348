using System.Diagnostics;

namespace ParkSiteGen.Tests.Support;

/// <summary>The release binary as users get it (README, "A release binary"), once per test run, into a temporary folder:
/// `dotnet pack`, then `dotnet tool install` from the packages it made. On linux-x64 that is the native program
/// (Native AOT) the benchmark measures, whose code is compiled without the JIT and with only the reflection the
/// compiler kept.</summary>
public sealed class ReleaseBinary : IDisposable
{
    /// <summary>The package users install, which names each platform's package.</summary>
    public const string ToolPackage = "ParkSiteGen";

    private readonly TempDir _temp = new();

    public ReleaseBinary()
    {
        Packages = _temp["packages"];
        var pack = Run("dotnet", ["pack", Path.Combine(Repo.Root, "src", "ParkSiteGen"), "-o", Packages, "--artifacts-path", _temp["artifacts"]],
            TimeSpan.FromMinutes(20));
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("the tool could not be packed:\n" + pack);
        }

        Program = Install(ToolPackage, _temp["tool"]);
    }

    /// <summary>The folder holding every package `dotnet pack` made.</summary>
    public string Packages { get; }

    public string Program { get; }

    /// <summary>Installs <paramref name="package"/> from <see cref="Packages"/> alone into <paramref name="toolPath"/> (a
    /// new folder: its package store is where the tool is unpacked, so no package of the same version made earlier can
    /// stand in for it) and returns the command it installed.</summary>
    public string Install(string package, string toolPath)
    {
        var install = Run("dotnet", ["tool", "install", package, "--tool-path", toolPath, "--source", Packages], TimeSpan.FromMinutes(2));
        var command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "parksitegen.exe" : "parksitegen");
        if (install.ExitCode != 0 || !File.Exists(command))
        {
            throw new InvalidOperationException($"{package} could not be installed:\n" + install);
        }

        return command;
    }

    /// <summary>Runs the release binary with <paramref name="args"/> to its end.</summary>
    public CliResult Run(params string[] args) => RunProgram(Program, args);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> to its end.</summary>
    public static CliResult RunProgram(string program, params string[] args) => Run(program, args, TimeSpan.FromMinutes(2));

    /// <summary>Starts the release binary with <paramref name="args"/> (a server: the caller ends it).</summary>
    public Process Start(params string[] args) => Start(Program, args);

    /// <summary>Runs the release binary with <paramref name="args"/> to its end, with <paramref name="environment"/> added to its environment.</summary>
    public CliResult RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) => Run(Program, args, TimeSpan.FromMinutes(2), environment);

    private static Process Start(string program, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Repo.Root };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Runs <paramref name="program"/> to its end; a <see cref="TimeoutException"/> (the process killed) if it takes longer than <paramref name="timeout"/>.</summary>
    internal static CliResult Run(string program, IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(program, args, environment);
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
