using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ParkSiteGen.Tests.Support;

/// <summary>Which file a path names and when it was last written: the inode and the modification time to the
/// nanosecond. A file rewritten in place keeps its inode but not its time; a file replaced by a copy (even one that
/// keeps the time, as File.Copy does) gets a new inode; so the two together say whether a build touched a file.
/// .NET has no API for the inode: it is read with statx(2), whose layout is the same on every Linux architecture.
/// Elsewhere the inode is 0 and only the time (100 ns) is compared.</summary>
public readonly record struct FileIdentity(ulong Inode, long Seconds, uint Nanoseconds)
{
    public override string ToString() => $"inode {Inode}, mtime {Seconds}.{Nanoseconds:D9}";

    public static FileIdentity Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            var ticks = File.GetLastWriteTimeUtc(path).Ticks;
            return new FileIdentity(0, ticks / TimeSpan.TicksPerSecond, (uint)(ticks % TimeSpan.TicksPerSecond * 100));
        }

        var buffer = new byte[StatxSize];
        if (Statx(AtCurrentFolder, path, 0, StatxInode | StatxModified, buffer) != 0)
        {
            throw new IOException($"statx {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var span = buffer.AsSpan();
        return new FileIdentity(
            BinaryPrimitives.ReadUInt64LittleEndian(span[InodeOffset..]),
            BinaryPrimitives.ReadInt64LittleEndian(span[ModifiedOffset..]),
            BinaryPrimitives.ReadUInt32LittleEndian(span[(ModifiedOffset + 8)..]));
    }

    /// <summary>Every file under <paramref name="root"/>, by path relative to it (as <see cref="Tree.Hashes"/> names them).</summary>
    public static SortedDictionary<string, FileIdentity> OfTree(string root)
    {
        var result = new SortedDictionary<string, FileIdentity>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(root, file).Replace('\\', '/')] = Of(file);
        }

        return result;
    }

    // struct statx (linux/stat.h): stx_ino at byte 32, stx_mtime (tv_sec int64, tv_nsec uint32) at byte 112; 256 bytes.
    private const int StatxSize = 256;
    private const int InodeOffset = 32;
    private const int ModifiedOffset = 112;
    private const int AtCurrentFolder = -100; // AT_FDCWD: a relative path is relative to the current folder
    private const uint StatxModified = 0x40; // STATX_MTIME
    private const uint StatxInode = 0x100; // STATX_INO

    // The buffer is little-endian only on little-endian machines; .NET's Linux platforms (x64, arm64) all are.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirFd, string path, int flags, uint mask, byte[] buffer);
}
