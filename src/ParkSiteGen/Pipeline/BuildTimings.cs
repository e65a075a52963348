using System.Diagnostics;
using System.Globalization;

namespace ParkSiteGen.Pipeline;

/// <summary>The wall time of each pipeline stage, for `build --timings`: measure before optimizing. Stages are
/// timed one after the other on the build's own thread (a stage may use many threads inside).</summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, long Allocated)> _stages = [];
    private readonly List<long> _heapAfter = [];

    /// <summary>From the process's start to the build's: the runtime, assembly loading and argument parsing.</summary>
    private readonly TimeSpan _startup = DateTime.Now - Process.GetCurrentProcess().StartTime;

    public IReadOnlyList<(string Stage, TimeSpan Elapsed, long Allocated)> Stages => _stages;

    /// <summary>Times the stage until the returned scope is disposed.</summary>
    public Scope Stage(string name) => new(this, name);

    public void Print(TextWriter writer)
    {
        var total = TimeSpan.Zero;
        writer.WriteLine($"  {"start-up (runtime, CLI)",-24} {Ms(_startup),9} ms");
        for (var i = 0; i < _stages.Count; i++)
        {
            var (stage, elapsed, allocated) = _stages[i];
            writer.WriteLine($"  {stage,-24} {Ms(elapsed),9} ms  {Mb(allocated),8} MB allocated, heap {Mb(_heapAfter[i]),7} MB after");
            total += elapsed;
        }

        writer.WriteLine($"  {"total",-24} {Ms(total),9} ms  peak working set {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB");
        writer.WriteLine($"  of which the runtime: GC pauses {Ms(GC.GetTotalPauseDuration())} ms ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of gen 0/1/2), "
            + $"JIT {Ms(System.Runtime.JitInfo.GetCompilationTime())} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods, all threads)");
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);

    public readonly struct Scope : IDisposable
    {
        private readonly BuildTimings _owner;
        private readonly string _name;
        private readonly long _start;
        private readonly long _allocated;

        internal Scope(BuildTimings owner, string name)
        {
            _owner = owner;
            _name = name;
            _start = Stopwatch.GetTimestamp();
            _allocated = GC.GetTotalAllocatedBytes();
        }

        public void Dispose()
        {
            _owner._stages.Add((_name, Stopwatch.GetElapsedTime(_start), GC.GetTotalAllocatedBytes() - _allocated));
            _owner._heapAfter.Add(GC.GetTotalMemory(forceFullCollection: false));
        }
    }
}
