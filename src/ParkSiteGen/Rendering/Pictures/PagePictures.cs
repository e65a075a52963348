using ParkSiteGen.Diagnostics;
using ParkSiteGen.Images;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Pictures;

/// <summary>The photos one page shows besides its narrative's (a park's photos on its profile): their markup, and what
/// they add to the page's record: the files (a new version of one makes the page again) and the processed files it
/// publishes. A photo that cannot be published is an error where park.yml names it.</summary>
public sealed class PagePictures(PictureCatalog catalog, string contentDir, Func<string, string> href, DiagnosticBag diagnostics)
{
    // Made on a page's first photo: most pages of a site have none.
    private HashSet<string>? _files;
    private Dictionary<string, string>? _media;

    public IReadOnlyCollection<string> Files => _files ?? (IReadOnlyCollection<string>)[];

    public IReadOnlyCollection<KeyValuePair<string, string>> Media => _media ?? (IReadOnlyCollection<KeyValuePair<string, string>>)[];

    /// <param name="altLanguage">The alt text's html lang when it is not the page's.</param>
    public HtmlFragment? Picture(Photo photo, string alt, string? altLanguage)
    {
        var source = Path.GetFullPath(Path.Combine(contentDir, photo.File));
        (_files ??= new HashSet<string>(StringComparer.Ordinal)).Add(source);
        var entry = catalog.Get(source, photo.File);
        if (entry.Files is not { } files)
        {
            var problem = entry.Problem!;
            diagnostics.Error(problem.Code, photo.At, problem.Message, problem.Found, problem.Expected, problem.Hint);
            return null;
        }

        (_media ??= new Dictionary<string, string>(StringComparer.Ordinal))[PictureMedia.Key(files)] = source;
        return new Fragment(files, alt, altLanguage, href, catalog.Settings.Sizes);
    }

    private sealed class Fragment(PictureFiles files, string alt, string? altLanguage, Func<string, string> href, string sizes) : HtmlFragment
    {
        public override void WriteTo(PageBuffer output) => PictureHtml.Write(output, files, alt, altLanguage, href, sizes);
    }
}
