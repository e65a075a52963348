using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Views;

[TemplateModel]
public sealed partial class HomeView(PageView layout) : PageView(layout)
{
    public required IReadOnlyList<BulletinLinkView> LatestBulletins { get; init; }

    public required IReadOnlyList<ParkCardView> Parks { get; init; }

    /// <summary>A link to the directory when the home page shows only some of the parks.</summary>
    public LinkView? AllParks { get; init; }
}

[TemplateModel]
public sealed partial class DirectoryView(PageView layout) : PageView(layout)
{
    public required TableView Table { get; init; }
}

[TemplateModel]
public sealed partial class ProfileView(PageView layout) : PageView(layout)
{
    public required IReadOnlyList<FactView> Facts { get; init; }

    public HtmlFragment? Narrative { get; init; }

    public required IReadOnlyList<HonorView> Honors { get; init; }

    public required IReadOnlyList<PhotoView> Photos { get; init; }

    public TableView? LatestTable { get; init; }

    /// <summary>Trend charts of the park's indicators, each with the table of its figures.</summary>
    public required IReadOnlyList<Charts.TrendView> Trends { get; init; }

    public required IReadOnlyList<BulletinLinkView> Bulletins { get; init; }
}

[TemplateModel]
public sealed partial class BulletinView(PageView layout) : PageView(layout)
{
    public required LinkView Park { get; init; }

    public string? Published { get; init; }

    public string? Summary { get; init; }

    public required IReadOnlyList<string> Highlights { get; init; }

    public HtmlFragment? Narrative { get; init; }

    public TableView? Indicators { get; init; }

    public TableView? Comparison { get; init; }

    public required IReadOnlyList<TableView> Targets { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    /// <summary>The previous and next published years (rel prev / next).</summary>
    public required IReadOnlyList<YearLinkView> YearLinks { get; init; }
}

[TemplateModel]
public sealed partial record YearLinkView(LinkView Link, string Rel);

[TemplateModel]
public sealed partial record BulletinLinkView(LinkView Link, string? Context, string? Date, string? DateIso);

[TemplateModel]
public sealed partial record HeadlineView(string Label, string Value, string? Change);

[TemplateModel]
public sealed partial record ParkCardView(LinkView Link, string Level, string Location, string? FiguresYear, IReadOnlyList<HeadlineView> Figures);

[TemplateModel]
public sealed partial record FactView(string Label, string Value, string? Href = null);

/// <param name="CaptionLang">The caption's html lang when it is another language's (not translated yet), with
/// <paramref name="CaptionNote"/> saying so.</param>
[TemplateModel]
public sealed partial record PhotoView(HtmlFragment Picture, string? Caption, string? CaptionLang, string? CaptionNote, string? Credit);

[TemplateModel]
public sealed partial record HonorView(string Year, string Title, string? AwardedBy, string? Period, string? Note);
