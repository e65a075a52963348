namespace ParkSiteGen.Images;

/// <summary>The files a photo is published as: each width (<see cref="ImageSettings.Widths"/> up to the photo's own;
/// a photo narrower than the largest is also made at its own width) in WebP, in the fallback format (JPEG, or PNG for
/// a PNG or a photo with transparency), and in AVIF when the site asks for it. Their names carry a hash of the photo and the settings: a changed photo gets
/// new addresses, so a browser or a CDN never shows the old one from its cache.</summary>
public sealed class PictureFiles
{
    /// <summary>One processed file: "960.webp" in the cache, <paramref name="SitePath"/> on the site.</summary>
    public sealed record Variant(int Width, int Height, string Extension, string SitePath)
    {
        public string CacheName => $"{Width}.{Extension}";

        public string MimeType => Extension switch { "avif" => "image/avif", "webp" => "image/webp", "png" => "image/png", _ => "image/jpeg" };
    }

    private PictureFiles(string cacheKey, string basePath, IReadOnlyList<Variant> avif, IReadOnlyList<Variant> webp, IReadOnlyList<Variant> fallback)
    {
        Avif = avif;
        CacheKey = cacheKey;
        BasePath = basePath;
        Webp = webp;
        Fallback = fallback;
    }

    /// <summary>Names the processed photo in the cache: the photo's hash and the settings'.</summary>
    public string CacheKey { get; }

    /// <summary>"/media/parks/x/images/hall.1a2b3c4d5e6f7a8b": each file's site path is this, "-960" and its extension.</summary>
    public string BasePath { get; }

    /// <summary>Empty unless the site asks for AVIF.</summary>
    public IReadOnlyList<Variant> Avif { get; }

    public IReadOnlyList<Variant> Webp { get; }

    public IReadOnlyList<Variant> Fallback { get; }

    /// <param name="sitePath">Where the photo itself would be published ("/media/parks/x/images/hall.jpg").</param>
    public static PictureFiles For(SourceImage image, string sitePath, ImageSettings settings, string settingsKey)
    {
        var key = $"{image.Hash:x32}-{settingsKey[..16]}";
        var stem = sitePath[..^Path.GetExtension(sitePath).Length];
        var name = Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(key))); // the photo's and the settings'
        return For(image, key, $"{stem}.{name}", settings);
    }

    /// <summary>The files of a photo whose cache key and base path are known (a page named them).</summary>
    public static PictureFiles For(SourceImage image, string key, string basePath, ImageSettings settings)
    {
        var widths = settings.Widths.Where(w => w < image.Width).Order().ToList();
        if (widths.Count < settings.Widths.Count || widths.Count == 0)
        {
            widths.Add(image.Width); // narrower than the largest width: its own width is the best there is
        }

        var fallback = image.Format == PhotoFormat.Png || image.HasAlpha ? "png" : "jpg";
        List<Variant> Of(string extension) =>
            [.. widths.Select(w => new Variant(w, HeightAt(image, w), extension, $"{basePath}-{w}.{extension}"))];
        return new PictureFiles(key, basePath, settings.Avif ? Of("avif") : [], Of("webp"), Of(fallback));
    }

    /// <summary>The height at <paramref name="width"/>, the photo's proportions kept (the encoder is given both).</summary>
    private static int HeightAt(SourceImage image, int width) =>
        Math.Max(1, (int)Math.Round((double)image.Height * width / image.Width, MidpointRounding.AwayFromZero));
}
