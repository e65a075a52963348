using NetVips;

namespace ParkSiteGen.Images;

/// <summary>Makes a photo's files (<see cref="PictureFiles"/>) from its file: at each width, its orientation applied,
/// converted to sRGB, and saved without any of its metadata (EXIF with the camera and the GPS position, XMP, IPTC, the
/// colour profile). Each width is made from the file by libvips' thumbnail, which decodes a JPEG at a fraction of its
/// size when that is enough and streams the rest, so memory stays near a few rows of the photo whatever its size.</summary>
public static class PhotoEncoder
{
    /// <summary>The files of the photo at <paramref name="path"/>, by their cache name ("960.webp"); or the problem that
    /// stopped it. <paramref name="expectedHash"/> is the hash the caller has just read the file with (SourceImage.Read):
    /// the photo must still be that one once its files are made, or they may be of a newer version than its page.</summary>
    public static (IReadOnlyList<(string Name, byte[] Bytes)>? Files, SourceImage.Problem? Problem) Encode(string path, UInt128 expectedHash, PictureFiles files, ImageSettings settings)
    {
        if (Libvips.Unavailable is { } why)
        {
            return (null, SourceImage.Unavailable(why));
        }

        try
        {
            var made = new List<(string, byte[])>();
            for (var i = 0; i < files.Webp.Count; i++)
            {
                var (webp, fallback) = (files.Webp[i], files.Fallback[i]);
                // Data cut short is an error, not a photo finished in grey: fail_on reaches the loader through its
                // options (thumbnail's own failOn does not stop a JPEG it shrinks while loading). The size is forced to
                // the height the page was given, so the width and height attributes are the file's. The pixels are
                // made once, in memory, for both encodings: thumbnail reads its source in one pass, and a second
                // encoding of the same pipeline would ask it to read again ("out of order read").
                using var source = Source.NewFromFile(path);
                using var thumbnail = Image.ThumbnailSource(source, webp.Width, optionString: "[fail_on=truncated]", height: webp.Height,
                    size: Enums.Size.Force, outputProfile: "srgb");
                using var image = thumbnail.CopyMemory();
                if (files.Avif.Count > 0)
                {
                    // Effort 2 (of 0 to 9): the one measured (README, Performance).
                    made.Add((files.Avif[i].CacheName, image.HeifsaveBuffer(q: settings.AvifQuality, compression: Enums.ForeignHeifCompression.Av1, effort: 2,
                        keep: Enums.ForeignKeep.None)));
                }

                made.Add((webp.CacheName, image.WebpsaveBuffer(q: settings.Quality, keep: Enums.ForeignKeep.None)));
                made.Add((fallback.CacheName, fallback.Extension == "png"
                    ? image.PngsaveBuffer(keep: Enums.ForeignKeep.None)
                    : image.JpegsaveBuffer(q: settings.Quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None)));
            }

            return SourceImage.HashOf(path) == expectedHash ? (made, null) : (null, SourceImage.ChangedDuringBuild);
        }
        catch (VipsException e)
        {
            return (null, SourceImage.Unreadable(e));
        }
        catch (IOException e)
        {
            return (null, SourceImage.Unreadable(e));
        }
    }
}
