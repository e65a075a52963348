using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ParkSiteGen.Tests.Features;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>The release binary (the tool as `dotnet tool install` installs it: on linux-x64 compiled ahead of time)
/// against the pipeline the rest of the tests run under the JIT:
/// the same bytes for every site, the same report for every broken input, the same `check`, `new` and preview.
/// Ahead-of-time code sees only the reflection the compiler kept (templates read view models by name), so anything
/// the compiler dropped would show here as a difference.</summary>
[Collection(ReleaseBinaryCollection.Name)]
public partial class ReleaseBinaryTests(ReleaseBinary binary)
{
    public static TheoryData<string, string[]> Sites => new()
    {
        { ".", [] },
        { "tests/fixtures/basic-site", [] },
        { "tests/fixtures/basic-site", ["--drafts", "--base-url", "https://preview.example.net/portal/"] },
        { "tests/fixtures/check-problems", [] },
    };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Builds_every_byte_as_the_pipeline_does(string site, string[] options)
    {
        using var temp = new TempDir();
        var siteDir = Path.Combine(Repo.Root, site);

        string[] args = ["build", siteDir, "--out", temp["public"], "--no-search", .. options];

        var pipeline = Parksitegen.Run(args);
        Directory.Move(temp["public"], temp["pipeline"]); // the same output path for both: the report names it
        var released = binary.Run(args);

        Assert.True(pipeline.ExitCode == 0, pipeline.ToString());
        AssertSameReport(pipeline, released);
        Assert.Empty(Tree.Differences(temp["pipeline"], temp["public"]));
    }

    /// <summary>Photos go through libvips, a native library loaded beside the binary: the same files, byte for byte, and
    /// the same error for every bad image.</summary>
    [Fact]
    public void Processes_photos_and_reports_bad_ones_as_the_pipeline_does()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        string[] args = ["build", site, "--out", temp["public"], "--no-search"];
        var pipeline = Parksitegen.Run(args);
        Directory.Move(temp["public"], temp["pipeline"]);
        Directory.Delete(temp[".public.parksitegen"], recursive: true); // its cache: the binary encodes every photo too
        var released = binary.Run(args);
        Assert.True(pipeline.ExitCode == 0, pipeline.ToString());
        Assert.Contains("3 photos encoded", released.Stdout);
        AssertSameReport(pipeline, released);
        Assert.Empty(Tree.Differences(temp["pipeline"], temp["public"]));

        foreach (var row in PhotoTests.BadImages)
        {
            using var broken = new TempDir();
            var brokenSite = PhotoSite.Create(broken);
            ((Action<string>)row[1])(brokenSite);
            string[] brokenArgs = ["build", brokenSite, "--out", broken["public"], "--no-search"];
            var fromPipeline = Parksitegen.Run(brokenArgs);
            var fromBinary = binary.Run(brokenArgs);
            Assert.True(fromPipeline.ExitCode == 1, $"{row[0]}: {fromPipeline}");
            AssertSameReport(fromPipeline, fromBinary, (string)row[0]);
        }
    }

    [Fact]
    public void Reports_every_kind_of_broken_content_as_the_pipeline_does()
    {
        foreach (var @case in BadInputTests.Cases)
        {
            using var temp = new TempDir();
            var site = temp.CopySite("basic-site");
            @case.Break(site);
            string[] args = ["build", site, "--out", temp["public"], "--no-search", .. @case.Extra ?? []];

            var pipeline = Parksitegen.Run(args);
            var released = binary.Run(args);

            Assert.True(pipeline.ExitCode == 1, $"{@case.Name}: {pipeline}");
            AssertSameReport(pipeline, released, @case.Name);
            Assert.False(Directory.Exists(temp["public"]), $"{@case.Name}: the release binary published a broken site");
        }
    }

    [Theory]
    [InlineData(".")]
    [InlineData("tests/fixtures/check-problems")]
    public void Checks_as_the_pipeline_does(string site)
    {
        foreach (var format in new[] { "text", "json" })
        {
            string[] args = ["check", Path.Combine(Repo.Root, site), "--format", format];
            AssertSameReport(Parksitegen.Run(args), binary.Run(args), $"{site} {format}");
        }
    }

    [Fact]
    public void Scaffolds_as_the_pipeline_does()
    {
        using var temp = new TempDir();
        string[][] commands = [["new", "park", "delta-hidz"], ["new", "bulletin", "alpha-edz", "2023"]];
        var site = temp.CopySite("basic-site");
        var pipeline = commands.Select(args => Parksitegen.Run([.. args, "--site", site])).ToList();
        Directory.Move(site, temp["pipeline"]); // the same site path for both: the report names it
        site = temp.CopySite("basic-site");
        var released = commands.Select(args => binary.Run([.. args, "--site", site])).ToList();

        for (var i = 0; i < commands.Length; i++)
        {
            AssertSameReport(pipeline[i], released[i], string.Join(' ', commands[i]));
        }

        Assert.Empty(Tree.Differences(temp["pipeline"], site));
    }

    /// <summary>`export` and `import` (ExcelDataReader, CsvHelper, SpreadCheetah and the GBK code page, all compiled ahead
    /// of time): the same workbook, the same reports, the same data.yml files written.</summary>
    [Fact]
    public void Imports_and_exports_as_the_pipeline_does()
    {
        using var temp = new TempDir();
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var ranking = temp["ranking.csv"];
        File.WriteAllBytes(ranking, System.Text.Encoding.GetEncoding("GBK").GetBytes(
            "2023年全省园区主要经济指标\r\n园区名称,税收（万元）,税收增速(%),新增高新技术企业（家）\r\n阿尔法经开区,\"91,000\",4.6,约35\r\n贝塔经开区,3.2亿元,,9\r\n"));

        var workbook = temp["figures.xlsx"];
        CliResult[] Run(Func<string[], CliResult> run, string site) =>
        [
            run(["export", "--site", site, "--year", "2022", "--out", workbook]),
            run(["import", workbook, "--site", site, "--write"]),
            run(["import", ranking, "--site", site, "--write"]),
        ];

        var site = temp.CopySite("basic-site");
        var pipeline = Run(args => Parksitegen.Run(args), site);
        Directory.Move(site, temp["pipeline"]); // the same paths for both: the reports name them
        File.Move(workbook, temp["pipeline.xlsx"]);
        site = temp.CopySite("basic-site");
        var released = Run(binary.Run, site);

        Assert.All(pipeline, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Contains("CSV, GBK/GB18030", pipeline[2].Stdout);
        Assert.Contains("created content/parks/alpha-edz/2023/data.yml", pipeline[2].Stdout);
        for (var i = 0; i < pipeline.Length; i++)
        {
            AssertSameReport(pipeline[i], released[i], $"command {i}");
        }

        Assert.Equal(File.ReadAllBytes(temp["pipeline.xlsx"]), File.ReadAllBytes(workbook));
        Assert.Empty(Tree.Differences(temp["pipeline"], site));
    }

    /// <summary>`new site` writes what the program embeds: the same files from the release binary, which builds the site
    /// and checks it clean as well, with nothing but what ships beside it (theme, schemas).</summary>
    [Fact]
    public void Starts_a_site_as_the_pipeline_does()
    {
        using var temp = new TempDir();
        var site = temp["site"];
        var pipeline = Parksitegen.Run("new", "site", site);
        Directory.Move(site, temp["pipeline"]); // the same site path for both: the report names it
        var released = binary.Run("new", "site", site);

        AssertSameReport(pipeline, released, "new site");
        Assert.Empty(Tree.Differences(temp["pipeline"], site));
        var build = binary.Run("build", site, "--no-search");
        var check = binary.Run("check", site, "--strict");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site, "public/zh/parks/example-park/2025/index.html")));
        Assert.True(File.Exists(Path.Combine(site, "public/en/parks/example-park/2025/index.html")));
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task Serves_the_preview_with_its_status()
    {
        var port = FreePort();
        using var server = binary.Start("serve", Repo.Fixture("basic-site"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
            var page = await Retry(() => http.GetStringAsync("en/parks/alpha-edz/"));
            Assert.Contains("Alpha Economic Development Zone", page);
            Assert.Contains("/__parksitegen/client.js", page); // the live-reload client is injected
            Assert.Equal("{\"errors\":[],\"warnings\":1}", await http.GetStringAsync("__parksitegen/status"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>The release binary finds the collector's reserved range in its own memory map and readies it for
    /// 2 MB pages (see HeapPages), unless the system has transparent huge pages off (or none) or the user turned it off.</summary>
    [Fact]
    public void Readies_the_collectors_heap_for_huge_pages()
    {
        using var temp = new TempDir();
        string[] args = ["build", Repo.Fixture("basic-site"), "--out", temp["public"], "--no-search", "--timings"];
        var systemOff = !File.Exists(SystemSetting) || File.ReadAllText(SystemSetting).Contains("[never]", StringComparison.Ordinal);

        var on = binary.Run(args);
        var off = binary.RunWith(new Dictionary<string, string> { ["PARKSITEGEN_HUGE_PAGES"] = "0" }, args);

        Assert.True(on.ExitCode == 0, on.ToString());
        Assert.Matches(systemOff ? @"heap pages: 4 KB \(transparent huge pages are off" : @"heap pages: 2 MB \([\d,]+ MB of the collector's range ready\)", on.Stdout);
        Assert.Contains("heap pages: 4 KB (PARKSITEGEN_HUGE_PAGES=0)", off.Stdout);
    }

    private const string SystemSetting = "/sys/kernel/mm/transparent_hugepage/enabled";

    /// <summary>Exit code, standard output and standard error alike, but for the build's own duration.</summary>
    internal static void AssertSameReport(CliResult pipeline, CliResult released, string? what = null)
    {
        var expected = Normalize(pipeline);
        var actual = Normalize(released);
        Assert.True(expected == actual, $"{what}\n--- pipeline (JIT)\n{expected}\n--- release binary\n{actual}");
    }

    private static string Normalize(CliResult result) => Duration().Replace(result.ToString(), " in (time)");

    [GeneratedRegex(@" in \d+(\.\d+)? s\b")]
    private static partial Regex Duration();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<string> Retry(Func<Task<string>> get)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await get();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100); // the server is still starting
            }
        }
    }
}
