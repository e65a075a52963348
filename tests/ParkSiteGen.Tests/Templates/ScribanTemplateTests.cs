using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;

namespace ParkSiteGen.Tests.Templates;

/// <summary>How ParkSiteGen runs Scriban: values escaped and template text not, markup only by its type, includes
/// written in place (never escaped twice), typos stopped with their place, and limits that fit a large site.</summary>
public class ScribanTemplateTests
{
    private static readonly LinkView Link = new("A <b>&\"'`= C", "/x?a=1&b=2");

    /// <summary>A theme of one layout, "page", and the given partials.</summary>
    private static ThemeTemplates Theme(string layout, params (string Name, string Text)[] partials) => ThemeTemplates.Parse(
        new Dictionary<string, (string, string)> { ["page"] = ("layouts/page.sbn-html", layout) },
        partials.ToDictionary(p => p.Name, p => ($"partials/{p.Name}.sbn-html", p.Text)));

    private static string Render(string layout, object model, params (string Name, string Text)[] partials)
    {
        var templates = Theme(layout, partials);
        using var buffer = new PageBuffer(16);
        templates.Render("page", model, buffer);
        var fast = buffer.ToString();

        // Every case also through Scriban's interpreter alone: the fast path must print the same.
        buffer.Clear();
        templates.InterpretOnly = true;
        templates.Render("page", model, buffer);
        Assert.Equal(buffer.ToString(), fast);
        return fast;
    }

    private static TemplateException Fails(string layout, object model, params (string Name, string Text)[] partials) =>
        Assert.Throws<TemplateException>(() => Render(layout, model, partials));

    private sealed class Markup(string html) : HtmlFragment
    {
        public override void WriteTo(PageBuffer output) => output.Write(html);
    }

    [Fact]
    public void Every_printed_value_is_escaped_and_template_text_is_not()
    {
        Assert.Equal("<p title=\"A &lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D; C\">A &lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D; C</p>",
            Render("<p title=\"{{ page.label }}\">{{ page.label }}</p>", Link));
    }

    [Fact]
    public void Literal_strings_results_of_functions_and_numbers_are_values_too()
    {
        Assert.Equal("&lt;i&gt; &lt;I&gt; 3 true", Render("{{ '<i>' }} {{ '<i>' | string.upcase }} {{ 1 + 2 }} {{ page.is_current == false }}", Link));
    }

    [Fact]
    public void Only_a_value_whose_type_is_markup_is_printed_as_it_is()
    {
        var trend = new ParkSiteGen.Charts.TrendView(new Markup("<svg><title>A & B</title></svg>"), Table(1));
        Assert.Equal("<figure><svg><title>A & B</title></svg></figure>", Render("<figure>{{ page.svg }}</figure>", trend));
    }

    [Fact]
    public void An_include_is_written_in_place_and_escaped_once()
    {
        var html = Render("<p>{{ with page }}{{ include 'link' }}{{ end }}</p>", Link, ("link", "<a href=\"{{ href }}\">{{ label }}</a>"));
        Assert.Equal("<p><a href=\"/x?a&#x3D;1&amp;b&#x3D;2\">A &lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D; C</a></p>", html);
    }

    [Fact]
    public void Capture_is_refused_where_it_is_written_because_its_markup_would_be_escaped_again()
    {
        var e = Fails("<p>{{ capture bold }}<b>{{ page.label }}</b>{{ end }}{{ bold }}</p>", Link);
        Assert.Equal(("layouts/page.sbn-html", 1, 7), (e.File, e.Line, e.Column));
        Assert.Contains("capture is not supported", e.Message);
    }

    [Fact]
    public void Html_escape_is_refused_where_it_is_written_because_it_would_escape_twice()
    {
        var e = Fails("<p>\n{{ page.label | html.escape }}</p>", Link);
        Assert.Equal(("layouts/page.sbn-html", 2, 17), (e.File, e.Line, e.Column));
        Assert.Contains("escaped already", e.Message);
    }

    [Fact]
    public void An_empty_text_or_list_counts_as_false()
    {
        var empty = new LinkView("", "/x", LanguageNote: null);
        Assert.Equal("no label, no note, href", Render("{{ if page.label }}label{{ else }}no label{{ end }}, {{ if page.language_note }}note{{ else }}no note{{ end }}, {{ if page.href }}href{{ end }}", empty));
        var table = Table(0);
        Assert.Equal("no rows, columns", Render("{{ if page.rows }}rows{{ else }}no rows{{ end }}, {{ if page.columns }}columns{{ end }}", table));
    }

    [Fact]
    public void Scriban_idioms_work_on_view_models()
    {
        var html = Render("{{ for row in page.rows }}{{ if for.first }}[{{ end }}{{ row.header.text }}{{ if for.last }}]{{ else }},{{ end }}{{ end }} {{ page.rows.size }} {{ page.caption | string.upcase }}", Table(3));
        Assert.Equal("[Park 0,Park 1,Park 2] 3 CAPTION", html);
    }

    [Theory]
    [InlineData("<h1>{{ page.lable }}</h1>", 1, 13, "there is no 'lable' here; did you mean 'label'?")]
    [InlineData("<h1>\n  {{ pag.label }}</h1>", 2, 6, "there is no variable 'pag'; did you mean 'page'?")]
    [InlineData("{{ with page }}{{ hre }}{{ end }}", 1, 19, "there is no variable 'hre'; did you mean 'href'?")]
    [InlineData("{{ if page.label }}", 1, 18, "The <end> statement was not found")]
    [InlineData("<p>{{ page.label }</p>", 1, 18, "Invalid token found `}`")]
    [InlineData("{{ include 'lnk' }}", 1, 12, "there is no partial 'lnk' (partials/lnk.sbn-html); did you mean 'link'?")]
    [InlineData("{{ name = 'lnk'; include name }}", 1, 18, "there is no partial 'lnk' (partials/lnk.sbn-html); did you mean 'link'?")]
    [InlineData("{{ with page.label }}{{ end }}", 1, 9, "Must be a ScriptObject")]
    public void A_mistake_stops_the_page_with_its_place(string layout, int line, int column, string message)
    {
        var e = Fails(layout, Link, ("link", "<a>{{ label }}</a>"));
        Assert.Equal(("layouts/page.sbn-html", line, column), (e.File, e.Line, e.Column));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_mistake_in_a_partial_is_placed_in_the_partial()
    {
        var e = Fails("<p>{{ with page }}{{ include 'link' }}{{ end }}</p>", Link, ("link", "<a>\n{{ labl }}</a>"));
        Assert.Equal(("partials/link.sbn-html", 2, 4), (e.File, e.Line, e.Column));
        Assert.Contains("did you mean 'label'?", e.Message);
    }

    [Fact]
    public void A_variable_set_on_one_page_is_gone_on_the_next()
    {
        var templates = Theme("{{ if page.is_current; seen = true; end }}{{ seen ?? 'unset' }}");
        using var buffer = new PageBuffer();
        templates.Render("page", Link with { IsCurrent = true }, buffer);
        Assert.Equal("true", buffer.ToString());
        buffer.Clear();
        Assert.Throws<TemplateException>(() => templates.Render("page", Link, buffer));
    }

    [Theory]
    [InlineData("{{ for row in page.rows }}{{ for.index }}{{ end }}", "012", false)]
    [InlineData("{{ page.caption | string.upcase }}", "CAPTION", false)]
    [InlineData("{{ if page.rows.size > 2 }}many{{ end }}", "many", false)]
    [InlineData("{{ for row in page.rows }}{{ with row.header }}{{ text }}{{ end }}{{ else }}none{{ end }}", "Park 0Park 1Park 2", true)]
    [InlineData("{{ if page.notes }}notes{{ else if page.rows }}rows{{ else }}none{{ end }}", "rows", true)]
    public void What_the_fast_path_does_not_compile_scriban_interprets(string layout, string expected, bool compiled)
    {
        var templates = Theme(layout);
        Assert.Equal(compiled, templates.CompiledLayouts.Contains("page"));
        Assert.Equal(expected, Render(layout, Table(3)));
    }

    [Fact]
    public void A_page_the_fast_path_is_unsure_of_is_handed_to_the_interpreter()
    {
        var templates = Theme("<p>{{ page.label }}</p>{{ if page.is_current }}{{ page.missing }}{{ end }}");
        using var buffer = new PageBuffer();
        templates.Render("page", Link, buffer);
        Assert.Equal("<p>A &lt;b&gt;&amp;&quot;&#x27;&#x60;&#x3D; C</p>", buffer.ToString());
        Assert.Equal(0, templates.HandedOver);

        buffer.Clear();
        Assert.Throws<TemplateException>(() => templates.Render("page", Link with { IsCurrent = true }, buffer));
        Assert.Equal(1, templates.HandedOver);
    }

    [Fact]
    public void Big_lists_render_whole()
    {
        // A directory of 5,000 parks with 8 cells a row: 45,000 loop steps, far beyond Scriban's default of 1,000.
        var html = Render("{{ for row in page.rows }}<tr>{{ for cell in row.cells }}<td>{{ cell.text }}</td>{{ end }}</tr>\n{{ end }}", Table(5000, cells: 8));
        Assert.Equal(5000, html.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(40_000, CountOf(html, "<td>"));
    }

    [Fact]
    public void A_page_longer_than_a_mebibyte_is_not_cut()
    {
        var html = Render("{{ for row in page.rows }}{{ page.caption }}{{ end }}", Table(3000, caption: new string('x', 1000)));
        Assert.Equal(3_000_000, html.Length);
    }

    [Fact]
    public void A_runaway_loop_stops_with_its_place()
    {
        var e = Fails("<p>\n{{ while true }}x{{ end }}</p>", Link);
        Assert.Equal(("layouts/page.sbn-html", 2, 4), (e.File, e.Line, e.Column));
        Assert.Contains("10000000", e.Message.Replace(",", ""));
    }

    [Fact]
    public void A_partial_that_includes_itself_stops()
    {
        var e = Fails("{{ include 'loop' }}", Link, ("loop", "x{{ include 'loop' }}"));
        Assert.Equal("partials/loop.sbn-html", e.File);
        Assert.Contains("recursi", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_view_model_read_by_reflection_is_refused_rather_than_read_as_empty()
    {
        var e = Fails("{{ page.name }}", new NotAModel());
        Assert.Contains("not a [TemplateModel]", e.Message);
    }

    [Fact]
    public void Pages_render_the_same_on_many_threads()
    {
        var templates = Theme("{{ for row in page.rows }}{{ with row.header }}{{ include 'cell' }}{{ end }}{{ end }}", ("cell", "<th>{{ text }}</th>"));
        var tables = Enumerable.Range(0, 200).Select(i => Table(i % 17)).ToList();
        string One(TableView table)
        {
            using var buffer = new PageBuffer(16);
            templates.Render("page", table, buffer);
            return buffer.ToString();
        }

        var sequential = tables.Select(One).ToList();
        var parallel = tables.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(One).ToList();
        Assert.Equal(sequential, parallel);
    }

    public sealed class NotAModel
    {
        public string Name => "x";
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static TableView Table(int rows, int cells = 1, string caption = "caption") => new()
    {
        Id = "t",
        Caption = caption,
        Columns = [new ColumnView("Park")],
        Rows = [.. Enumerable.Range(0, rows).Select(i => new RowView(new LinkOrText($"Park {i}"), [.. Enumerable.Range(0, cells).Select(c => new CellView($"{i}.{c}", true))], []))],
    };
}
