using ParkSiteGen.Cli;

namespace ParkSiteGen.Tests.Build;

/// <summary>How the release binary finds the collector's unused reserved range in /proc/self/maps (the lines below
/// are shaped after a real build's map): only through the collector's own mappings, never past a file or a gap.</summary>
public class HeapPagesTests
{
    private const ulong InHeap = 0x7f4fab412345;

    private static readonly string[] Map =
    [
        "55d73e0b6000-55d73e6b2000 rw-p 00000000 00:00 0                          [heap]",
        "7f4fa7130000-7f4fa7400000 ---p 00000000 00:00 0 ",
        "7f4fa7400000-7f4fa7431000 rw-p 00000000 00:00 0 ",
        "7f4fa7431000-7f4fab400000 ---p 00000000 00:00 0 ",
        "7f4fab400000-7f4fab800000 rw-p 00000000 00:00 0 ",
        "7f4fab800000-7f4fabc3e000 rw-p 00000000 00:00 0 ",
        "7f4fabc3e000-7f4fac000000 ---p 00000000 00:00 0 ",
        "7f4fac000000-7f4fac0e1000 rw-p 00000000 00:00 0 ",
        "7f4fac0e1000-7f8fa7130000 ---p 00000000 00:00 0 ",
        "7f8fa7130000-7f8fa7131000 ---p 00000000 00:00 0 ",
        "7f8fa7131000-7f8fa7931000 rw-p 00000000 00:00 0 ",
        "7f8fa7b09000-7f8fa7b16000 r--p 00000000 fe:00 5644387                    /usr/lib/x86_64-linux-gnu/libc.so.6",
    ];

    [Fact]
    public void Finds_the_first_large_inaccessible_mapping_reached_from_the_heap()
    {
        Assert.Equal((0x7f4fac0e1000UL, 0x7f8fa7130000UL), HeapPages.UnusedReservation(Map, InHeap));
    }

    [Fact]
    public void Finds_nothing_when_the_address_is_in_no_anonymous_mapping()
    {
        Assert.Null(HeapPages.UnusedReservation(Map, 0x7f8fa7b0a000)); // in a library
        Assert.Null(HeapPages.UnusedReservation(Map, 0x10000)); // in nothing
    }

    [Fact]
    public void Stops_at_a_gap_or_a_file_before_the_reservation()
    {
        var gap = Map.Select(line => line.StartsWith("7f4fac000000-", StringComparison.Ordinal) ? "7f4fac000000-7f4fac0e0000 rw-p 00000000 00:00 0 " : line);
        var file = Map.Select(line => line.StartsWith("7f4fac000000-", StringComparison.Ordinal) ? "7f4fac000000-7f4fac0e1000 rw-p 00000000 fe:00 42   /tmp/mapped" : line);

        Assert.Null(HeapPages.UnusedReservation(gap, InHeap));
        Assert.Null(HeapPages.UnusedReservation(file, InHeap));
    }

    [Fact]
    public void Takes_no_mapping_under_a_gibibyte_and_no_unreadable_line()
    {
        var small = Map.Select(line => line.StartsWith("7f4fac0e1000-", StringComparison.Ordinal) ? "7f4fac0e1000-7f4fec0e0000 ---p 00000000 00:00 0 " : line);

        Assert.Null(HeapPages.UnusedReservation(small, InHeap)); // 1 GiB less 4 KB, then a gap
        Assert.Null(HeapPages.UnusedReservation(["7f4fab400000-7f4fab800000 rw-p"], InHeap));
    }
}
