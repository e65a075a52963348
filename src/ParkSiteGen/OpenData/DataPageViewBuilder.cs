using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>One downloadable dataset: a label and its three files.</summary>
[TemplateModel]
public sealed partial record DatasetView(string Label, string CsvHref, string JsonHref, string XlsxHref);

[TemplateModel]
public sealed partial class DataPageView(PageView layout) : PageView(layout)
{
    public required string DownloadsCaption { get; init; }

    public required IReadOnlyList<DatasetView> Datasets { get; init; }

    public required TableView Fields { get; init; }
}

/// <summary>/&lt;lang&gt;/data/: the downloads (the whole site, each park) and the data dictionary of their columns.</summary>
public static class DataPageViewBuilder
{
    public static DataPageView Build(ViewContext context)
    {
        var s = context.S;
        var model = context.Model;
        DatasetView Dataset(string label, IReadOnlyList<LinkView> links) => new(label, links[0].Href, links[1].Href, links[2].Href);
        var datasets = new List<DatasetView> { Dataset(s["data_all_parks"], DataLinks.SiteWide(context)) };
        datasets.AddRange(model.Parks.Select(p => Dataset(context.ParkName(p), DataLinks.Park(context, p.Slug))));
        var heading = s["data_title"];
        return new DataPageView(LayoutBuilder.Build(context, heading, [context.LinkTo(PageKey.Home, s["nav_home"])!, new(heading, model.Urls.Href(context.Page.Path), IsCurrent: true)]))
        {
            DownloadsCaption = s["data_downloads_caption"],
            Datasets = datasets,
            Fields = new TableView
            {
                Id = "dictionary",
                Caption = s["data_dictionary_caption"],
                Columns = [new(s["col_field"]), new(s["col_meaning"])],
                Rows = FigureRecords.Columns.Select(c => new RowView(new LinkOrText(c), [new CellView(s["field_" + c], false)], [])).ToList(),
            },
        };
    }
}
