using ParkSiteGen.Site;

namespace ParkSiteGen.Rendering.Views;

/// <summary>The park directory: every park with its level, city and leading industries.</summary>
public static class DirectoryViewBuilder
{
    public static DirectoryView Build(ViewContext context)
    {
        var heading = context.S["directory_title"];
        var crumbs = new List<LinkView>
        {
            context.LinkTo(PageKey.Home, context.S["nav_home"])!,
            new(heading, context.Model.Urls.Href(context.Page.Path), IsCurrent: true),
        };
        return new DirectoryView(LayoutBuilder.Build(context, heading, crumbs)) { Table = TableBuilder.Directory(context) };
    }
}
