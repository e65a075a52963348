using System.Diagnostics;
using System.Globalization;

namespace ParkSiteGen.Diagnostics;

/// <summary>The wall time of each pipeline stage, for `build --timings`: measure before optimizing. Stages are
/// timed one after the other on the build's own thread (a stage may use many threads inside); a stage that runs
/// alongside another (the theme while the parks are read) is listed with it, its time not added to the total,
/// and its allocations not told apart from the other's. It is reporting, as the rest of Diagnostics/ is: any stage
/// may time its parts (the render stage does) without using the engine that runs the stages.</summary>
public sealed class BuildTimings
{
    private readonly List<(string Stage, TimeSpan Elapsed, long Allocated, TimeSpan GcPauses)> _stages = [];
    private readonly List<long> _heapAfter = [];
    private readonly List<string?> _alongside = [];
    private readonly Lock _lock = new();

    /// <summary>When the build started; start-up (the runtime, assembly loading, argument parsing) is the time
    /// from the process's start to this, asked of the process only when printed (it costs a module load).</summary>
    private readonly DateTime _buildStart = DateTime.Now;

    /// <summary>Times the stage until the returned scope is disposed.</summary>
    public Scope Stage(string name) => new(this, name, null);

    /// <summary>Times a stage that runs on another thread while <paramref name="mainStage"/> runs.</summary>
    public Scope Alongside(string name, string mainStage) => new(this, name, mainStage);

    public void Print(TextWriter writer)
    {
        var total = TimeSpan.Zero;
        writer.WriteLine($"  {"start-up (runtime, CLI)",-24} {Ms(_buildStart - Process.GetCurrentProcess().StartTime),9} ms");
        for (var i = 0; i < _stages.Count; i++)
        {
            if (_alongside[i] is not null)
            {
                continue;
            }

            var (stage, elapsed, allocated, gcPauses) = _stages[i];
            writer.WriteLine($"  {stage,-24} {Ms(elapsed),9} ms  {Mb(allocated),8} MB allocated, heap {Mb(_heapAfter[i]),7} MB after, GC pauses {Ms(gcPauses),7} ms");
            total += elapsed;
            for (var j = 0; j < _stages.Count; j++)
            {
                if (_alongside[j] == stage)
                {
                    writer.WriteLine($"    {_stages[j].Stage,-22} {Ms(_stages[j].Elapsed),9} ms  (alongside {stage}, in its time)");
                }
            }
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
        private readonly TimeSpan _gcPauses;
        private readonly string? _alongside;

        internal Scope(BuildTimings owner, string name, string? alongside)
        {
            _owner = owner;
            _name = name;
            _alongside = alongside;
            _start = Stopwatch.GetTimestamp();
            _allocated = GC.GetTotalAllocatedBytes();
            _gcPauses = GC.GetTotalPauseDuration();
        }

        public void Dispose()
        {
            lock (_owner._lock)
            {
                _owner._stages.Add((_name, Stopwatch.GetElapsedTime(_start), GC.GetTotalAllocatedBytes() - _allocated, GC.GetTotalPauseDuration() - _gcPauses));
                _owner._heapAfter.Add(GC.GetTotalMemory(forceFullCollection: false));
                _owner._alongside.Add(_alongside);
            }
        }
    }
}
