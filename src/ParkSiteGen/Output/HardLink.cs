using System.Runtime.InteropServices;

namespace ParkSiteGen.Output;

/// <summary>A second name for an existing file (.NET has no API for it): the file a build keeps is the published
/// one itself, with its time, and costs no writing. Where the file system refuses (no hard links), it is copied.</summary>
internal static partial class HardLink
{
    public static void Create(string path, string existing)
    {
        var linked = OperatingSystem.IsWindows() ? CreateHardLinkW(path, existing, IntPtr.Zero) : Link(existing, path) == 0;
        if (!linked)
        {
            File.Copy(existing, path);
        }
    }

    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string path);

    [LibraryImport("kernel32", EntryPoint = "CreateHardLinkW", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string path, string existing, IntPtr security);
}
