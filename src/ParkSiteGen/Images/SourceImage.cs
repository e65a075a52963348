using System.IO.Hashing;
using NetVips;

namespace ParkSiteGen.Images;

/// <summary>The kinds of photo a site publishes, each with the format its fallback is encoded in.</summary>
public enum PhotoFormat
{
    Jpeg,
    Png,
    Webp,
}

/// <summary>A photo of content/ as its header describes it, read without decoding a pixel.</summary>
/// <param name="Hash">Of the file's bytes: with the settings it names the processed files (<see cref="PictureFiles"/>).</param>
/// <param name="Width">As shown, its orientation applied (a portrait taken on a phone held upright is stored wide).</param>
public sealed record SourceImage(string Path, UInt128 Hash, int Width, int Height, PhotoFormat Format, bool HasAlpha)
{
    /// <summary>Whether a file is one the build processes, by its name: .jpg, .jpeg, .png, .webp (what it really is is
    /// read from its bytes).</summary>
    public static bool IsPhotoName(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".webp";

    /// <summary>What went wrong reading a photo, in the words of a diagnostic.</summary>
    public sealed record Problem(string Code, string Message, string? Found, string Expected, string Hint);

    /// <summary>Reads the photo at <paramref name="path"/>: its hash, and its format, size and orientation from its
    /// header, refusing what is not a JPEG, PNG or WebP and what is too large to decode. Neither reads the file into
    /// memory whole: a site's photos are hundreds of megabytes.</summary>
    public static (SourceImage? Image, Problem? Problem) Read(string path)
    {
        if (Libvips.Unavailable is { } why)
        {
            return (null, Unavailable(why));
        }

        try
        {
            var hash = HashOf(path);
            using var source = Source.NewFromFile(path);
            using var image = Image.NewFromSource(source, access: Enums.Access.Sequential, failOn: Enums.FailOn.Error);
            var loader = image.Contains("vips-loader") ? (string)image.Get("vips-loader") : "";
            PhotoFormat? format = loader.Split('_')[0] switch
            {
                "jpegload" => PhotoFormat.Jpeg,
                "pngload" => PhotoFormat.Png,
                "webpload" => PhotoFormat.Webp,
                _ => null,
            };
            if (format is null)
            {
                return (null, new Problem("image-format", "the picture is not a JPEG, PNG or WebP file", loader.Split("load")[0],
                    "a photo saved as JPEG (.jpg), PNG (.png) or WebP (.webp)", "save it again as JPEG from an image editor"));
            }

            var pixels = (long)image.Width * image.Height;
            if (pixels > ImageSettings.MaxPixels)
            {
                return (null, new Problem("image-too-large", "the picture is too large to process", $"{image.Width:N0} x {image.Height:N0} pixels ({pixels / 1_000_000:N0} megapixels)",
                    $"at most {ImageSettings.MaxPixels / 1_000_000} megapixels, e.g. 12,000 x 8,000", "scale it down in an image editor first: the site shows it at most 1,600 pixels wide"));
            }

            var orientation = image.Contains("orientation") ? (int)image.Get("orientation") : 1;
            var turned = orientation is >= 5 and <= 8;
            return (new SourceImage(path, hash, turned ? image.Height : image.Width, turned ? image.Width : image.Height, format.Value, image.HasAlpha()), null);
        }
        catch (VipsException e)
        {
            return (null, Unreadable(e));
        }
        catch (IOException e)
        {
            return (null, Unreadable(e));
        }
    }

    /// <summary>The hash of the file's bytes, read in blocks.</summary>
    public static UInt128 HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = new XxHash128();
        hash.Append(stream);
        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>The photo is not the one its page was made with: its hash changed since.</summary>
    public static readonly Problem ChangedDuringBuild = new("content-changed", "the picture changed while the site was being built", null,
        "the file as it was when the build started", "build again: nothing was published");

    /// <summary>A photo libvips could not read. libvips keeps one error buffer for the whole process, so its message
    /// may also carry the lines of another photo failing at the same moment: what went wrong is said in words of our
    /// own, from the kind of error, the same whatever else ran beside it.</summary>
    internal static Problem Unreadable(VipsException e) =>
        new("image-unreadable", "the picture cannot be read: the file is damaged, cut short or not a picture", KindOf(e.Message),
            "a complete JPEG, PNG or WebP file", "open it in an image viewer; if it does not show, copy or export it again");

    private static string KindOf(string message) =>
        message.Contains("premature end", StringComparison.OrdinalIgnoreCase) || message.Contains("truncated", StringComparison.OrdinalIgnoreCase)
            ? "the file ends before the picture does (cut short while copied or downloaded?)"
            : message.Contains("not a known file format", StringComparison.Ordinal) ? "the file does not start as a picture does"
            : "picture data libvips cannot decode";

    internal static Problem Unreadable(IOException e) =>
        new("image-unreadable", "the picture cannot be read", e.Message, "a file the build can read",
            "check that it was not moved, deleted or left open in another program during the build");

    internal static Problem Unavailable(string why) =>
        new("images-unavailable", "photos cannot be processed on this machine: libvips could not be loaded", why,
            "libvips, which ParkSiteGen brings for Linux x64, Windows x64 and Apple silicon Macs",
            "on another platform install libvips (e.g. `brew install vips`, `apt-get install libvips42`), or build on one of those");
}
