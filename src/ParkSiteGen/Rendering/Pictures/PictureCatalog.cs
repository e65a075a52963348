using System.Collections.Concurrent;
using ParkSiteGen.Images;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Pictures;

/// <summary>The photos pages show, each read once per run however many pages show it (both languages of a page, a
/// profile and a bulletin): its header for the page's markup, its hash for the names of its files.</summary>
public sealed class PictureCatalog(ImageSettings settings)
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly Lazy<string> _settingsKey = new(() => settings.Key(Libvips.Version));

    public ImageSettings Settings => settings;

    /// <summary>The catalogue of a site, with its site.yml's settings.</summary>
    public static PictureCatalog For(SiteModel model) => new(ImageSettings.For(model.Site.Photos.Widths, model.Site.Photos.Quality, model.Site.Photos.Avif));

    /// <summary>The settings' part of every cache key (<see cref="ImageSettings.Key"/>).</summary>
    public string SettingsKey => _settingsKey.Value;

    /// <summary>A photo's files, or why it cannot be published.</summary>
    public sealed record Entry(PictureFiles? Files, SourceImage.Problem? Problem);

    /// <param name="source">The photo's full path, inside content/.</param>
    /// <param name="contentRelative">Its path in content/ ("parks/x/images/hall.jpg").</param>
    public Entry Get(string source, string contentRelative) =>
        _entries.GetOrAdd(source, _ => new Lazy<Entry>(() => Read(source, contentRelative))).Value;

    private Entry Read(string source, string contentRelative)
    {
        var (image, problem) = SourceImage.Read(source);
        return image is null
            ? new Entry(null, problem)
            : new Entry(PictureFiles.For(image, UrlScheme.MediaPath(contentRelative), settings, _settingsKey.Value), null);
    }
}
