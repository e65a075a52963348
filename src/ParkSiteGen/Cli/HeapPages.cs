using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParkSiteGen.Cli;

/// <summary>
/// Lets the release binary's collector map its heap with 2 MB pages (Linux transparent huge pages) instead of 4 KB.
/// </summary>
/// <remarks>
/// The collector reserves one large range of addresses and commits it 64 KB at a time, each piece made writable
/// and then marked for core dumps. The kernel maps a 2 MB page only where a whole aligned 2 MB lies in one mapping
/// with one set of flags, so the heap never gets one, even with huge pages on for every process, and a build
/// takes one page fault per 4 KB it touches. Here, before the heap grows, the part of that range the collector has
/// not used yet is advised for huge pages, and its first gigabytes are made writable and marked for dumps in one
/// piece: the collector's own commits there then change nothing, and each fault maps 2 MB. Nothing is touched: the
/// memory a build uses stays what its heap touches, rounded up to 2 MB. The measurement is in the README
/// (Performance).
/// </remarks>
internal static unsafe partial class HeapPages
{
    private const ulong HugePage = 2UL << 20;

    /// <summary>The collector reserves many gigabytes at once (256 GB on the benchmark's machine); nothing else in the process maps 1 GiB.</summary>
    private const ulong MinReservation = 1UL << 30;

    private const ulong MaxReady = 4UL << 30;

    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MadvHugePage = 14;
    private const int MadvDoDump = 17;

    /// <summary>What <see cref="Enable"/> did, for `build --timings`.</summary>
    public static string Status { get; private set; } = "as the runtime maps it (set up only by the program's entry point)";

    /// <summary>Run once, first thing in the program: only the release binary's own collector is known here.</summary>
    public static void Enable()
    {
        Status = TryEnable();
    }

    private static string TryEnable()
    {
        // Under the JIT (`dotnet run`, the tests) the runtime reserves other ranges of its own the same way: leave them.
        if (!OperatingSystem.IsLinux() || RuntimeFeature.IsDynamicCodeSupported)
        {
            return "4 KB (huge pages are set up by the release binary on Linux only)";
        }

        if (Environment.GetEnvironmentVariable("PARKSITEGEN_HUGE_PAGES") == "0")
        {
            return "4 KB (PARKSITEGEN_HUGE_PAGES=0)";
        }

        if (SystemMode() is null or "never")
        {
            return "4 KB (transparent huge pages are off on this system)";
        }

        var probe = new byte[64];
        ulong heapAddress;
        fixed (byte* inHeap = probe)
        {
            heapAddress = (ulong)inHeap;
        }

        if (UnusedReservation(File.ReadLines("/proc/self/maps"), heapAddress) is not var (start, end))
        {
            return "4 KB (the collector's reserved range was not found)";
        }

        if (MAdvise((nuint)start, (nuint)(end - start), MadvHugePage) != 0)
        {
            return $"4 KB (madvise: error {Marshal.GetLastPInvokeError().ToString(CultureInfo.InvariantCulture)})";
        }

        var first = (start + HugePage - 1) & ~(HugePage - 1);
        var length = Math.Min(end - first, ReadyBytes());
        if (MProtect((nuint)first, (nuint)length, ProtReadWrite) != 0)
        {
            // Strict overcommit accounting can refuse this much at once; the advice alone then serves only where the
            // collector commits a whole aligned 2 MB at once.
            return $"2 MB where the collector commits 2 MB at once (mprotect: error {Marshal.GetLastPInvokeError().ToString(CultureInfo.InvariantCulture)})";
        }

        _ = MAdvise((nuint)first, (nuint)length, MadvDoDump);
        return $"2 MB ({(length >> 20).ToString("N0", CultureInfo.InvariantCulture)} MB of the collector's range ready)";
    }

    /// <summary>
    /// The collector's reserved, still unused range: the first inaccessible anonymous mapping of at least 1 GiB
    /// above the heap object at <paramref name="heapAddress"/>, reached through anonymous mappings only, each
    /// starting where the one before ends (the collector's regions, in use or partly committed).
    /// </summary>
    /// <param name="mapsLines">The lines of /proc/self/maps, in address order.</param>
    internal static (ulong Start, ulong End)? UnusedReservation(IEnumerable<string> mapsLines, ulong heapAddress)
    {
        ulong? runEnd = null;
        foreach (var line in mapsLines)
        {
            if (Mapping.Parse(line) is not { } mapping)
            {
                return null;
            }

            if (runEnd is null)
            {
                if (mapping.Start <= heapAddress && heapAddress < mapping.End && mapping.Anonymous)
                {
                    runEnd = mapping.End;
                }

                continue;
            }

            if (mapping.Start != runEnd || !mapping.Anonymous)
            {
                return null;
            }

            if (mapping.Inaccessible && mapping.End - mapping.Start >= MinReservation)
            {
                return (mapping.Start, mapping.End);
            }

            runEnd = mapping.End;
        }

        return null;
    }

    /// <summary>How much to make writable at once: the kernel's default accounting refuses more than the machine's memory.</summary>
    private static ulong ReadyBytes() =>
        Math.Min(MaxReady, (ulong)Math.Max(0, GC.GetGCMemoryInfo().TotalAvailableMemoryBytes) / 2) & ~(HugePage - 1);

    /// <summary>"always", "madvise" or "never": the bracketed word of the system setting (null where the kernel has no huge pages).</summary>
    private static string? SystemMode()
    {
        try
        {
            var text = File.ReadAllText("/sys/kernel/mm/transparent_hugepage/enabled");
            var open = text.IndexOf('[', StringComparison.Ordinal);
            var close = text.IndexOf(']', StringComparison.Ordinal);
            return open >= 0 && close > open ? text[(open + 1)..close] : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>One line of /proc/self/maps: "start-end perms offset dev inode [path]".</summary>
    private readonly record struct Mapping(ulong Start, ulong End, bool Inaccessible, bool Anonymous)
    {
        public static Mapping? Parse(string line)
        {
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            var dash = fields.Length >= 5 ? fields[0].IndexOf('-', StringComparison.Ordinal) : -1;
            if (dash < 0
                || !ulong.TryParse(fields[0].AsSpan(0, dash), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var start)
                || !ulong.TryParse(fields[0].AsSpan(dash + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var end)
                || end <= start)
            {
                return null;
            }

            var anonymous = fields[4] == "0" && (fields.Length == 5 || string.IsNullOrWhiteSpace(fields[5]));
            return new Mapping(start, end, fields[1] == "---p", anonymous);
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    private static partial int MAdvise(nuint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static partial int MProtect(nuint address, nuint length, int protection);
}
