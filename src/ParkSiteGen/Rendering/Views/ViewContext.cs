using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>What a view builder needs for one page: the site model, the page, and the theme's words in the
/// page's language. Links made here fall back to the language that exists, and say so.</summary>
/// <param name="pictures">The photos the page shows besides its narrative's.</param>
public sealed class ViewContext(SiteModel model, Theme theme, Page page, LayoutBuilder.Shared layout, Pictures.PagePictures pictures)
{
    public Pictures.PagePictures Pictures => pictures;

    public SiteModel Model => model;

    public Theme Theme => theme;

    public Page Page => page;

    /// <summary>The parts of the layout every page of this language shares.</summary>
    public LayoutBuilder.Shared Layout => layout;

    public Language Language => page.Language;

    public UiStrings S => theme.Strings[page.Language];

    public string Text(Localized text) => model.Text(text, page.Language);

    public string? OptionalText(Localized? text) => text is null ? null : model.Text(text, page.Language);

    /// <summary>A link to <paramref name="key"/> for this page's reader, or null if it is not published.</summary>
    public LinkView? LinkTo(PageKey key, string label)
    {
        if (model.Link(key, Language) is not { } link)
        {
            return null;
        }

        var other = link.Language != Language;
        return new LinkView(label, link.Href, IsCurrent: key == page.Key && !other,
            HrefLang: other ? link.Language.HtmlLang : null,
            LanguageNote: other ? S.Format("only_in", ("language", S["lang_" + link.Language.Code])) : null);
    }

    public string ParkName(ParkEntry park) => Text(park.Park.Name);

    public string ParkShortName(ParkEntry park) => Text(park.Park.ShortName);
}
