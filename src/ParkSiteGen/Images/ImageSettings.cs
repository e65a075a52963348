using System.IO.Hashing;
using System.Text;

namespace ParkSiteGen.Images;

/// <summary>How photos are published: the widths each is made in (never wider than the photo itself), the quality of
/// the lossy encodings, and the <c>sizes</c> the pages give browsers to choose a width with.</summary>
/// <param name="Sizes">How wide a photo is shown: the default theme's text column (48rem) on a wide screen, the
/// screen's width less its margins on a phone.</param>
/// <param name="Avif">Each width is also made as AVIF (libheif's AV1 encoder), offered before WebP.</param>
public sealed record ImageSettings(IReadOnlyList<int> Widths, int Quality, string Sizes, bool Avif = false)
{
    /// <summary>The settings of a site whose site.yml gives these widths and quality (its `photos:`).</summary>
    public static ImageSettings For(IReadOnlyList<int> widths, int quality, bool avif) =>
        new(widths, quality, "(min-width: 50rem) 46rem, calc(100vw - 2rem)", avif);

    /// <summary>AVIF's quality numbers run lower than JPEG's and WebP's for a like look (libvips' own defaults: 50 for
    /// AVIF, 75 for JPEG): two thirds of the quality given, 50 for the default 75.</summary>
    public int AvifQuality => Math.Max(1, Quality * 2 / 3);

    /// <summary>The largest photo read: 100 megapixels (12,000 x 8,000 is 96). Its header says its size before a pixel
    /// is decoded; a 30,000 x 30,000 image (900 megapixels, 2.7 GB decoded) or a PNG whose few kilobytes claim 50,000
    /// x 50,000 is refused there, whatever the file's own size.</summary>
    public const long MaxPixels = 100_000_000;

    /// <summary>What the processed files depend on besides the photo: these settings, how they are encoded (bump
    /// <see cref="EncodingVersion"/> when the encoding changes) and the libvips that encodes them.</summary>
    public string Key(string libvipsVersion)
    {
        var text = $"{EncodingVersion}|{libvipsVersion}|{string.Join(',', Widths)}|{Quality}|{Avif}";
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));
    }

    private const int EncodingVersion = 1;
}
