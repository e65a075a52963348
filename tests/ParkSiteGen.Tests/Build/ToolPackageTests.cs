using System.IO.Compression;
using System.Xml.Linq;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>What `dotnet pack` makes and `dotnet tool install` installs from it (README, "A release binary"): on linux-x64
/// the native binary, on every other platform the framework-dependent fallback, each with the default theme and the
/// schemas beside it. ReleaseBinaryTests hold the installed native binary to the pipeline on every site.</summary>
[Collection(ReleaseBinaryCollection.Name)]
public class ToolPackageTests(ReleaseBinary binary)
{
    [Fact]
    public void The_package_users_install_names_the_native_binary_and_the_fallback()
    {
        using var temp = new TempDir();
        var tool = Extract(ReleaseBinary.ToolPackage, temp.Path);

        var platforms = Platforms(tool).Select(p => $"{p.Rid} {p.Id}");

        string[] expected = IsNativePlatform ? ["linux-x64 ParkSiteGen.linux-x64", "any ParkSiteGen.any"] : ["any ParkSiteGen.any"];
        Assert.Equal(expected, platforms);
    }

    [Fact]
    public void Every_platform_package_holds_the_theme_and_the_schemas()
    {
        using var temp = new TempDir();
        var platforms = Platforms(Extract(ReleaseBinary.ToolPackage, temp["tool"])).ToList();
        Assert.NotEmpty(platforms);

        foreach (var (rid, id) in platforms)
        {
            var tool = Extract(id, temp[rid]);
            Assert.Empty(Tree.Differences(Path.Combine(Repo.Root, "themes", "default"), Path.Combine(tool, "themes", "default")));
            Assert.Empty(Tree.Differences(Path.Combine(Repo.Root, "src", "ParkSiteGen", "Schemas"), Path.Combine(tool, "Schemas")));
        }
    }

    /// <summary>The one platform whose native package is made and tested (README, "A release binary").</summary>
    internal static bool IsNativePlatform => System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64";

    private static IEnumerable<(string Rid, string Id)> Platforms(string tool) =>
        XDocument.Load(Path.Combine(tool, "DotnetToolSettings.xml")).Descendants("RuntimeIdentifierPackage")
            .Select(p => (p.Attribute("RuntimeIdentifier")?.Value ?? "", p.Attribute("Id")?.Value ?? ""));

    [LinuxX64Fact]
    public void Installs_the_native_binary_on_linux_x64()
    {
        var program = new FileInfo(binary.Program);
        var installed = program.ResolveLinkTarget(returnFinalTarget: true) ?? program; // the command links into the tool's store
        var folder = Path.GetDirectoryName(installed.FullName)!;

        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(installed.FullName)[..4]);
        Assert.False(File.Exists(Path.Combine(folder, "ParkSiteGen.dll")), $"{folder} holds a framework-dependent tool");
        Assert.False(File.Exists(Path.Combine(folder, "ParkSiteGen.dbg")), "the package holds the binary's debugging symbols");
        Assert.True(Directory.Exists(Path.Combine(folder, "themes", "default")), $"no theme beside {installed.FullName}");
        Assert.True(File.Exists(Path.Combine(folder, "libvips.so.42")), $"no libvips (photos) beside {installed.FullName}");
    }

    /// <summary>The fallback is what editors on Windows and macOS install: it carries libvips for those platforms too.</summary>
    [Fact]
    public void The_fallback_carries_libvips_for_linux_windows_and_apple_silicon()
    {
        using var temp = new TempDir();
        var tool = Extract($"{ReleaseBinary.ToolPackage}.any", temp.Path);
        foreach (var library in new[] { "linux-x64/native/libvips.so.42", "win-x64/native/libvips-42.dll", "osx-arm64/native/libvips.42.dylib" })
        {
            Assert.True(File.Exists(Path.Combine(tool, "runtimes", library)), $"the fallback package has no runtimes/{library}");
        }
    }

    [Fact]
    public void The_fallback_installs_and_scaffolds_and_builds_as_the_pipeline_does()
    {
        using var temp = new TempDir();
        var fallback = binary.Install($"{ReleaseBinary.ToolPackage}.any", temp["tool"]);
        Assert.NotEmpty(Directory.GetFiles(temp["tool"], "ParkSiteGen.dll", SearchOption.AllDirectories)); // run under the JIT

        // A site without a theme of its own: the build uses the theme shipped with the tool, `new` copies its schemas.
        var pipeline = ScaffoldAndBuild(temp, Parksitegen.Run);
        Directory.Move(temp["site"], temp["pipeline"]); // the same site path for both: the reports name it
        var installed = ScaffoldAndBuild(temp, args => ReleaseBinary.RunProgram(fallback, args));

        Assert.True(pipeline[^1].ExitCode == 0, pipeline[^1].ToString());
        for (var i = 0; i < pipeline.Length; i++)
        {
            ReleaseBinaryTests.AssertSameReport(pipeline[i], installed[i], "the fallback");
        }

        Assert.Empty(Tree.Differences(temp["pipeline"], temp["site"]));

        // Photos, through the libvips the package carries for this platform.
        using var photos = new TempDir();
        string[] args = ["build", PhotoSite.Create(photos), "--out", photos["public"], "--no-search"];
        var fromPipeline = Parksitegen.Run(args);
        Directory.Move(photos["public"], photos["pipeline"]);
        Directory.Delete(photos[".public.parksitegen"], recursive: true); // its cache: the fallback encodes every photo too
        ReleaseBinaryTests.AssertSameReport(fromPipeline, ReleaseBinary.RunProgram(fallback, args), "the fallback, photos");
        Assert.Empty(Tree.Differences(photos["pipeline"], photos["public"]));
    }

    private static CliResult[] ScaffoldAndBuild(TempDir temp, Func<string[], CliResult> parksitegen)
    {
        var site = temp.CopySite("basic-site");
        return [parksitegen(["new", "park", "delta-hidz", "--site", site]), parksitegen(["build", site, "--no-search"])];
    }

    /// <summary>Unpacks the package <paramref name="id"/> that `dotnet pack` made into <paramref name="folder"/> and
    /// returns its tool folder (tools/TFM/RID/, as `dotnet tool install` unpacks it).</summary>
    private string Extract(string id, string folder)
    {
        var package = Directory.GetFiles(binary.Packages, $"{id}.*.nupkg").Single(p => char.IsDigit(Path.GetFileName(p)[id.Length + 1]));
        ZipFile.ExtractToDirectory(package, folder);
        return Path.GetDirectoryName(Directory.GetFiles(Path.Combine(folder, "tools"), "DotnetToolSettings.xml", SearchOption.AllDirectories).Single())!;
    }
}

/// <summary>A test of the native package, made only where `dotnet pack` runs on linux-x64: skipped elsewhere, with why.</summary>
public sealed class LinuxX64FactAttribute : FactAttribute
{
    public LinuxX64FactAttribute() => Skip = ToolPackageTests.IsNativePlatform
        ? null
        : "the Native AOT tool package is made and tested on linux-x64 only; elsewhere `dotnet pack` makes the framework-dependent tool alone";
}
