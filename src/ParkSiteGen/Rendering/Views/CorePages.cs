using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>The pages every site has about its parks, and the files that come with the theme.</summary>
public static class CorePages
{
    public static readonly PageKindRenderer Home = new(PageKind.Home, "home", (context, _) => HomeViewBuilder.Build(context), SitePages: PageKindRenderer.One(PageKey.Home));

    public static readonly PageKindRenderer Directory = new(PageKind.Directory, "directory", (context, _) => DirectoryViewBuilder.Build(context), SitePages: PageKindRenderer.One(PageKey.Directory));

    public static readonly PageKindRenderer Profile = new(PageKind.Profile, "profile", ProfileViewBuilder.Build, Inputs.Site | Inputs.Theme | Inputs.OwnPark);

    public static readonly PageKindRenderer Bulletin = new(PageKind.Bulletin, "bulletin", BulletinViewBuilder.Build, Inputs.Site | Inputs.Theme | Inputs.OwnPark);

    /// <summary>/index.html: sends readers to the default language's home page.</summary>
    public static readonly SiteFile Redirect = new("redirect", Inputs.Site | Inputs.Theme, (renderer, output, diagnostics) => renderer.WriteRedirect(output, diagnostics));

    /// <summary>/404.html: a copy of the default language's, for hosts that look for it at the root.</summary>
    public static readonly SiteFile RootNotFound = new("404", Inputs.Site | Inputs.Theme | Inputs.EveryPark, (renderer, output, _) => renderer.WriteRootNotFound(output));

    public static readonly SiteFile Assets = new("assets", Inputs.Theme, (renderer, output, _) => renderer.WriteAssets(output));
}
