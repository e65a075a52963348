using System.Runtime.InteropServices;

namespace ParkSiteGen.Output;

/// <summary>Exchanges two folders. On Linux it is one system call (renameat2 with RENAME_EXCHANGE, ext4, xfs, btrfs
/// and tmpfs): there is no moment at which the published folder is missing or mixed, whenever the process is killed.
/// Elsewhere, or on a file system that cannot exchange, it is three renames through a parking place; a build killed
/// between them is finished by the next one (<see cref="Recover"/>).</summary>
internal static partial class DirectorySwap
{
    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>Puts <paramref name="ready"/> at <paramref name="published"/> and the folder that was there at
    /// <paramref name="ready"/>.</summary>
    public static void Swap(string published, string ready, string parking)
    {
        if (OperatingSystem.IsLinux() && TryExchange(published, ready))
        {
            return;
        }

        Directory.Move(published, parking);
        Directory.Move(ready, published);
        Directory.Move(parking, ready);
    }

    /// <summary>Finishes a swap by renames that was cut short: the parked folder is the old site, and
    /// <paramref name="ready"/> is complete (it is only swapped in once it is).</summary>
    public static void Recover(string published, string ready, string parking)
    {
        if (!Directory.Exists(parking))
        {
            return;
        }

        if (!Directory.Exists(published))
        {
            Directory.Move(ready, published);
        }

        Directory.Move(parking, ready);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(CurrentFolder, a, CurrentFolder, b, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
