namespace ParkSiteGen.Images;

/// <summary>Processed photos kept between builds, by <see cref="PictureFiles.CacheKey"/> (the photo's hash and the
/// settings): one folder per photo, in the build's state folder beside the output (public/ ->
/// .public.parksitegen/images/), never inside it, so it is never published. A build that makes everything again (a
/// clean build, a new version of the program, the photo moved to another park) takes the files from here instead of
/// encoding them. Each entry is written to a folder of its own and renamed into place whole: an entry is complete or
/// absent, and two processes filling the same one (a build and the preview) leave one of theirs.</summary>
/// <param name="readOnly">Entries are taken, never stored (`check`, which writes nothing).</param>
public sealed class ImageCache(string folder, bool readOnly = false)
{
    public string Folder => folder;

    /// <summary>The cache of the builds of <paramref name="stateFolder"/>.</summary>
    public static ImageCache In(string stateFolder, bool readOnly = false) => new(Path.Combine(stateFolder, "images"), readOnly);

    /// <summary>The files of an entry by their cache name ("960.webp"), in order, or null when it is not there.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)>? TryGet(string cacheKey)
    {
        var entry = Path.Combine(folder, cacheKey);
        try
        {
            return [.. Directory.GetFiles(entry).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Stores an entry; a cache that cannot be written (a full or read-only disk) only costs the next build
    /// the encoding again.</summary>
    public void Put(string cacheKey, IReadOnlyList<(string Name, byte[] Bytes)> made)
    {
        if (readOnly)
        {
            return;
        }

        var entry = Path.Combine(folder, cacheKey);
        var staging = $"{entry}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var (name, bytes) in made)
            {
                File.WriteAllBytes(Path.Combine(staging, name), bytes);
            }

            Directory.Move(staging, entry);
        }
        catch (IOException)
        {
            TryDelete(staging); // another process stored the same entry first (same bytes), or the disk refused
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(staging);
        }
    }

    /// <summary>Removes the entries no photo of the site uses any more (and staging folders a killed build left).</summary>
    public int Prune(IReadOnlySet<string> used)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var entry in Directory.EnumerateDirectories(folder))
        {
            if (!used.Contains(Path.GetFileName(entry)) && TryDelete(entry))
            {
                removed++;
            }
        }

        return removed;
    }

    private static bool TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
