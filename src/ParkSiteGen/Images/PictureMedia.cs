namespace ParkSiteGen.Images;

/// <summary>How a page records a photo among the files it publishes (site path -> source): its key names the cache
/// entry and the site path the files are published under, so the build makes them (or takes them from the cache)
/// without reading the photo again, and a page kept from the last build still names them.</summary>
public static class PictureMedia
{
    private const string Prefix = "picture:";
    private const int CacheKeyLength = 32 + 1 + 16;

    public static string Key(PictureFiles files) => Key(files.CacheKey, files.BasePath);

    public static string Key(string cacheKey, string basePath) => Prefix + cacheKey + basePath;

    public static bool TryParse(string key, out string cacheKey, out string basePath)
    {
        var ok = key.StartsWith(Prefix, StringComparison.Ordinal) && key.Length > Prefix.Length + CacheKeyLength;
        cacheKey = ok ? key.Substring(Prefix.Length, CacheKeyLength) : "";
        basePath = ok ? key[(Prefix.Length + CacheKeyLength)..] : "";
        return ok;
    }
}
