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
// dotnet run -c Release --project tests/ParkSiteGen.Benchmarks -- kinds ROUNDS
//   renders each kind of page on one thread, ROUNDS times, and prints the time per page of each kind (the first
//   round includes the JIT; later rounds show warm code).
if (args is ["kinds", var rounds])
{
    var stages = Stages.Prepare(Stages.SiteFromEnvironment());
    for (var i = 0; i < int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture); i++)
    {
        foreach (var (what, count, ms) in stages.RenderByKind())
        {
            Console.WriteLine($"round {i}: {what,-16} {count,6} pages {ms,8:0.0} ms {1000 * ms / count,8:0.0} us/page");
        }
    }

    return 0;
}

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
