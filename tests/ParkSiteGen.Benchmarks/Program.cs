using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ParkSiteGen.Benchmarks;

// dotnet run -c Release --project tests/ParkSiteGen.Benchmarks -- [BenchmarkDotNet options, e.g. --filter '*RenderPages*']
//   runs the stage benchmarks on $PARKSITEGEN_BENCH_SITE (default: the sample site).
// dotnet run -c Release --project tests/ParkSiteGen.Benchmarks -- loop STAGE SECONDS
//   repeats one stage (LoadContent, BuildModel, LoadTheme, RenderMarkdown, RenderPages, WriteSiteFiles) for a profiler
//   such as `perf record` (with DOTNET_PerfMapEnabled=1), printing the time of each round.
if (args is ["loop", var stage, var seconds])
{
    var stages = Stages.Prepare(Stages.SiteFromEnvironment());
    Func<object> run = stage switch
    {
        "LoadContent" => () => stages.LoadContent(),
        "BuildModel" => () => stages.BuildModel(),
        "LoadTheme" => () => stages.LoadTheme(),
        "RenderMarkdown" => () => stages.RenderMarkdown(),
        "RenderPages" => () => stages.RenderPages(),
        "WriteSiteFiles" => () => stages.WriteSiteFiles(),
        _ => throw new ArgumentException($"no stage '{stage}'"),
    };
    var until = Stopwatch.StartNew();
    while (until.Elapsed.TotalSeconds < double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture))
    {
        var round = Stopwatch.StartNew();
        run();
        Console.WriteLine($"{stage}: {round.Elapsed.TotalMilliseconds:0.0} ms");
    }

    return 0;
}

// In process: the stages need no separate build of a generated project.
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
return 0;
