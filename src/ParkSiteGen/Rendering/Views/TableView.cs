using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Rendering.Views;

/// <summary>Any data table the site shows: a caption, column headers, one row header per row (th scope=row),
/// cells, and footnotes for the rows' notes. One partial renders them all, accessibly.</summary>
[TemplateModel]
public sealed partial class TableView
{
    public required string Id { get; init; }

    public required string Caption { get; init; }

    /// <summary>The column headers; the first is the header of the row-header column.</summary>
    public required IReadOnlyList<ColumnView> Columns { get; init; }

    public required IReadOnlyList<RowView> Rows { get; init; }

    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    public string? NotesHeading { get; init; }

    /// <summary>The open data behind the table (CSV, JSON), linked under it.</summary>
    public IReadOnlyList<LinkView> Downloads { get; init; } = [];
}

/// <summary>A column header; number columns are aligned to the right, header and cells alike.</summary>
[TemplateModel]
public sealed partial record ColumnView(string Text, bool IsNumber = false);

[TemplateModel]
public sealed partial record RowView(LinkOrText Header, IReadOnlyList<CellView> Cells, IReadOnlyList<NoteRefView> NoteRefs);

/// <summary>A row header: a plain name, or a link (with a language note when it leads to another language).</summary>
[TemplateModel]
public sealed partial record LinkOrText(string Text, string? Href = null, string? HrefLang = null, string? LanguageNote = null);

[TemplateModel]
public sealed partial record CellView(string Text, bool IsNumber);

[TemplateModel]
public sealed partial record NoteRefView(string Label, string Number, string Href, string Id);

[TemplateModel]
public sealed partial record NoteView(string Number, string Id, string Text, string BackHref, string BackLabel);
