using NetVips;

namespace ParkSiteGen.Images;

/// <summary>libvips, set up once for the way a build uses it: several photos at once, one thread each (libvips' own
/// threads inside one photo gained nothing here, see the README's Performance section), and no cache of operations
/// (each photo is read once: a cache would only hold decoded pixels in memory).</summary>
internal static class Libvips
{
    private static readonly Lazy<string?> Setup = new(() =>
    {
        if (!ModuleInitializer.VipsInitialized)
        {
            // .NET's message goes on with advice about strace and LD_DEBUG: its first line says what is missing.
            return ModuleInitializer.Exception?.Message.Split('\n')[0].Trim() ?? "libvips could not be loaded";
        }

        // libvips' warnings (a damaged file's "premature end of JPEG image") would go to stderr between the build's
        // own messages: each problem that matters is an error the build reports with the file's name.
        Log.SetLogHandler("VIPS", Enums.LogLevelFlags.Warning | Enums.LogLevelFlags.Message | Enums.LogLevelFlags.Info | Enums.LogLevelFlags.Debug, Silence);
        NetVips.NetVips.Concurrency = 1;
        Cache.Max = 0;
        Cache.MaxMem = 0;
        Cache.MaxFiles = 0;
        return null;
    });

    private static void Silence(string? domain, Enums.LogLevelFlags level, string? message)
    {
    }

    /// <summary>Why photos cannot be processed on this machine, or null when they can.</summary>
    public static string? Unavailable => Setup.Value;

    /// <summary>"8.18.7": part of every processed photo's cache key (another libvips may encode other bytes).</summary>
    public static string Version => $"{NetVips.NetVips.Version(0)}.{NetVips.NetVips.Version(1)}.{NetVips.NetVips.Version(2)}";
}
