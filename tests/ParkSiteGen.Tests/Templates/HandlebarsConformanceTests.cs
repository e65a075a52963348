using ParkSiteGen.Diagnostics;
using ParkSiteGen.Pipeline;
using ParkSiteGen.Preview;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Templates.Handlebars;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Templates;

/// <summary>ParkSiteGen's own Handlebars must print what Handlebars.Net prints: every page of the sample site
/// and of the fixture, byte for byte, and a set of templates that exercise the language's corners.</summary>
public class HandlebarsConformanceTests
{
    [Theory]
    [InlineData("content")]
    [InlineData("fixture")]
    public void Every_page_is_the_same_as_with_HandlebarsNet(string site)
    {
        var dir = site == "content" ? Repo.Root : Repo.Fixture("basic-site");
        var ours = RenderSite(dir, () => new HandlebarsEngine());
        var reference = RenderSite(dir, () => new HandlebarsNetEngine());

        Assert.Equal(reference.Paths.Order(StringComparer.Ordinal), ours.Paths.Order(StringComparer.Ordinal));
        var pages = reference.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40);
        foreach (var path in pages)
        {
            Assert.True(reference.Text(path) == ours.Text(path), $"{path} differs:\n{LineDiff.Unified(reference.Text(path)!, ours.Text(path)!)}");
        }
    }

    private static MemoryOutput RenderSite(string siteDir, Func<ITemplateEngine> engine)
    {
        var output = new MemoryOutput();
        var diagnostics = new DiagnosticBag();
        var rendered = SiteBuilder.Render(new BuildOptions(siteDir, "", TemplateEngine: engine), diagnostics, new SourceTexts(), () => output);
        Assert.True(rendered is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return output;
    }

    public sealed record Item(string Name, bool Flag, int Count, IReadOnlyList<string> Tags, Item? Child = null);

    public class Page
    {
        public string Title { get; init; } = "";

        public string? Missing { get; init; }

        public string Html { get; init; } = "";

        public bool Yes { get; init; } = true;

        public bool No { get; init; }

        public int Zero { get; init; }

        public IReadOnlyList<Item> Items { get; init; } = [];

        public IReadOnlyList<string> Empty { get; init; } = [];

        public Item? Single { get; init; }

        public IReadOnlyDictionary<string, string> T { get; init; } = new Dictionary<string, string>();

        public HtmlFragment? Chart { get; init; }
    }

    /// <summary>Markup the generator writes straight into the page (a chart); Handlebars.Net prints its ToString().</summary>
    private sealed class TestFragment : HtmlFragment
    {
        public override void WriteTo(PageBuffer output)
        {
            output.Write("<svg><text>A & B ");
            output.Write(-1234567L);
            output.Write('\n');
            output.Write("</text></svg>");
        }
    }

    private static readonly Page Model = new()
    {
        Title = "A & B <c> \"d\" 'e' `f` =g 园区",
        Html = "<em>raw</em>",
        Items =
        [
            new("one", true, 1, ["x", "y"], new("inner", false, 0, [])),
            new("two", false, 2, []),
            new("three", true, 3, ["z"]),
        ],
        Single = new("single", true, 7, ["t"]),
        T = new Dictionary<string, string> { ["hello"] = "你好", ["bye"] = "再见" },
        Chart = new TestFragment(),
    };

    /// <summary>Another type with the same names: a template's cached readers must cope with models of several types.</summary>
    public sealed class OtherPage : Page;

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["item"] = "<li>{{Name}}{{#if Flag}} (on){{/if}}</li>\n",
        ["inline"] = "<b>{{Name}}</b>",
        ["lines"] = "first {{Name}}\nsecond\n",
        ["nested"] = "[{{> inline}}]",
        ["root"] = "{{@root.Title}}|{{@root.T.hello}}",
    };

    public static TheoryData<string> Templates => new()
    {
        // values, escaping, raw
        "{{Title}}|{{{Title}}}|{{{Html}}}|{{Html}}",
        "{{{Chart}}}|{{Chart}}|{{#if Chart}}shown{{/if}}|{{#with Chart}}with{{/with}}",
        "[{{Missing}}]",
        "{{Zero}}",
        "{{T.hello}} {{T.bye}} {{Single.Name}} {{Items.0.Name}}",
        "{{this.Title}} {{./Title}}",
        // if / unless / else / else chains
        "{{#if Yes}}yes{{else}}no{{/if}} {{#if No}}yes{{else}}no{{/if}} {{#if Zero}}z{{/if}} {{#if Empty}}e{{else}}none{{/if}} {{#if Missing}}m{{/if}}",
        "{{#unless No}}not no{{/unless}}{{#unless Yes}}x{{else}}y{{/unless}}",
        "{{#if No}}a{{else if Zero}}b{{else if Yes}}c{{else}}d{{/if}}",
        // each
        "{{#each Items}}{{@index}}:{{Name}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}};{{/each}}",
        "{{#each Items}}{{#each Tags}}{{../Name}}-{{this}}-{{@index}} {{/each}}{{/each}}",
        "{{#each Items}}{{@key}}={{Name}} {{/each}}{{#each T}}{{@key}}={{this}} {{/each}}",
        "{{#each Empty}}x{{else}}empty{{/each}}",
        "{{#each Items}}{{#with Child}}{{Name}}/{{../Name}}{{else}}-{{/with}}{{/each}}",
        "{{#each Items}}{{@root.Title}}{{/each}}",
        "{{#each Single.Tags}}{{.}}{{/each}}",
        // with
        "{{#with Single}}{{Name}} {{Count}} {{../Title}}{{/with}}",
        "{{#with Missing}}x{{else}}no single{{/with}}",
        "{{#with Single}}{{#if Flag}}{{../Title}}{{/if}}{{/with}}",
        // entered contexts are reused once left: one after another, nested, and the outer one read again after
        "{{#with Single}}{{Name}}{{/with}}{{#with Single}}{{Count}}{{/with}}{{#each Items}}{{#with Child}}{{Name}}{{/with}}{{#with ../Single}}{{Name}}{{/with}}{{Name}}@{{@index}};{{/each}}",
        "{{#with Items.0}}{{#with Child}}{{Name}}/{{../Name}}{{/with}}{{#Child}}{{Name}}{{/Child}}{{> inline Child}}{{Name}}/{{../Title}}{{/with}}|{{Title}}",
        // sections
        "{{#Single}}{{Name}}{{/Single}}|{{#Items}}{{Name}},{{/Items}}|{{#Yes}}y{{/Yes}}|{{#No}}n{{else}}not{{/No}}|{{^No}}inverted{{/No}}|{{^Items}}x{{/Items}}",
        // partials
        "<ul>\n{{#each Items}}\n{{> item}}\n{{/each}}\n</ul>\n",
        "{{#with Single}}{{> inline}}{{/with}} {{> inline Single}} {{> nested Single}} {{> root}}",
        "<div>\n  {{> lines Single}}\n</div>\n",
        // whitespace: standalone lines, '~', comments
        "<ul>\n  {{#each Items}}\n  <li>{{Name}}</li>\n  {{/each}}\n</ul>\n",
        "a\n{{#if Yes}}\nb\n{{else}}\nc\n{{/if}}\nd\n",
        "a\n  {{#if No}}\n  b\n  {{else if Yes}}\n  c\n  {{/if}}\ne\n",
        "x {{~Title~}} y\n{{~#if Yes~}}   \n  z  {{~/if}}\n",
        "{{! a comment }}\n{{!-- a long {{comment}} --}}\nafter\n  {{! indented standalone }}\nend",
        "a {{#if Yes}} b {{/if}} c",
        "{{#if Yes}}\r\nwindows\r\n{{/if}}\r\n",
        "\\{{Title}} and \\\\{{Title}}",
        "{{#each Items}}\n{{#if Flag}}\n  {{Name}}\n{{/if}}\n{{/each}}\n",
        "  {{#each Items}}{{Name}}{{/each}}  \n",
        "{{#each Items}}{{#each Tags}}\n  - {{this}}\n{{/each}}{{/each}}",
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Prints_what_HandlebarsNet_prints(string template)
    {
        Assert.Equal(Render(new HandlebarsNetEngine(), template), Render(new HandlebarsEngine(), template));
    }

    private static string Render(ITemplateEngine engine, string template)
    {
        foreach (var (name, source) in Partials)
        {
            engine.AddPartial(name, source, $"partials/{name}.hbs");
        }

        using var buffer = new PageBuffer();
        engine.Compile(template, "layouts/test.hbs").Render(buffer, Model);
        return buffer.ToString();
    }

    /// <summary>Where Handlebars.Net parts from handlebars.js (the language's definition), ParkSiteGen follows handlebars.js.</summary>
    [Theory]
    [InlineData("{{&Title}}|{{Html}}", "A & B <c> \"d\" 'e' `f` =g 园区|&lt;em&gt;raw&lt;/em&gt;")] // {{& }} prints as is; Handlebars.Net does not parse it
    [InlineData("{{#if No}}a{{^}}b{{/if}}", "b")] // {{^}} is {{else}}; Handlebars.Net prints nothing
    [InlineData("{{#if No}}a{{else unless Yes}}b{{else}}c{{/if}}", "c")] // Handlebars.Net takes "else unless" for "else if"
    [InlineData("{{Yes}} {{No}}", "true false")] // as in JavaScript (and as aria-pressed="true" needs); Handlebars.Net prints True
    [InlineData("[{{#each Title}}x{{/each}}]", "[]")] // each over a text prints nothing; Handlebars.Net prints its block once
    public void Follows_handlebars_js_where_HandlebarsNet_differs(string template, string expected)
    {
        Assert.Equal(expected, Render(new HandlebarsEngine(), template));
        Assert.NotEqual(expected, HandlebarsNetOutput(template));
    }

    /// <summary>What Handlebars.Net prints, or null where it refuses the template.</summary>
    private static string? HandlebarsNetOutput(string template)
    {
        try
        {
            return Render(new HandlebarsNetEngine(), template);
        }
        catch (TemplateException)
        {
            return null;
        }
    }

    [Fact]
    public void A_member_of_an_absent_value_prints_nothing()
    {
        // Handlebars.Net's strict mode stops there; an absent optional value is not a mistake in a template.
        Assert.Equal("[]", Render(new HandlebarsEngine(), "[{{Single.Child.Name}}{{Missing.Length}}]"));
    }

    [Theory]
    [InlineData("{{#if Yes}}\nunclosed", 1, 1, "{{#if}} is never closed")]
    [InlineData("a\n{{/if}}", 2, 1, "closes no block")]
    [InlineData("{{#if Yes}}{{/each}}", 1, 12, "does not match {{#if}}")]
    [InlineData("line\n  {{Title", 2, 3, "has no closing }}")]
    [InlineData("{{else}}", 1, 1, "outside any block")]
    [InlineData("{{#each}}{{/each}}", 1, 1, "takes exactly one value")]
    [InlineData("{{lookup Items 0}}", 1, 1, "there is no helper 'lookup'")]
    [InlineData("{{> item name=Title}}", 1, 1, "not supported")]
    [InlineData("{{#each Items as |i|}}{{/each}}", 1, 1, "not supported")]
    [InlineData("{{@foo}}", 1, 1, "there is no @foo")]
    [InlineData("x\n\n   {{> nosuch}}", 3, 4, "there is no partial 'nosuch'")]
    [InlineData("{{> itme}}", 1, 1, "did you mean 'item'")]
    public void A_broken_template_is_refused_with_its_position(string template, int line, int column, string message)
    {
        var engine = new HandlebarsEngine();
        engine.AddPartial("item", Partials["item"], "partials/item.hbs");
        var error = Assert.Throws<TemplateException>(() => engine.Compile(template, "layouts/test.hbs"));
        Assert.Equal(("layouts/test.hbs", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("{{Titel}}", 1, 1, "no 'Titel'; did you mean 'Title'?")]
    [InlineData("ok\n{{#each Items}}{{Nmae}}{{/each}}", 2, 16, "no 'Nmae'; did you mean 'Name'?")]
    [InlineData("{{T.helo}}", 1, 1, "these texts have no 'helo'; did you mean 'hello'?")]
    [InlineData("{{#with Single}}{{../../Title}}{{/with}}", 1, 17, "goes up more levels")]
    [InlineData("{{#each Single}}x{{/each}}", 1, 1, "needs a list")]
    [InlineData("{{@index}}", 1, 1, "only defined inside {{#each}}")]
    public void A_name_the_model_lacks_is_an_error_at_its_tag(string template, int line, int column, string message)
    {
        var compiled = new HandlebarsEngine().Compile(template, "layouts/test.hbs");
        using var buffer = new PageBuffer();
        var error = Assert.Throws<TemplateException>(() => compiled.Render(buffer, Model));
        Assert.Equal(("layouts/test.hbs", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_partial_that_includes_itself_is_stopped_with_a_message()
    {
        var engine = new HandlebarsEngine();
        engine.AddPartial("loop", "x{{> loop}}", "partials/loop.hbs");
        var compiled = engine.Compile("{{> loop}}", "layouts/test.hbs");
        using var buffer = new PageBuffer();
        var error = Assert.Throws<TemplateException>(() => compiled.Render(buffer, Model));
        Assert.Equal("partials/loop.hbs", error.File);
        Assert.Contains("include itself", error.Message);

        // The depth is counted per thread: the failed page leaves none behind for the next one.
        engine.AddPartial("deep", string.Concat(Enumerable.Repeat("{{> inline}}", 1)), "partials/deep.hbs");
        engine.AddPartial("inline", Partials["inline"], "partials/inline.hbs");
        buffer.Clear();
        engine.Compile("{{#with Single}}{{> deep}}{{/with}}", "layouts/next.hbs").Render(buffer, Model);
        Assert.Equal("<b>single</b>", buffer.ToString());
    }

    [Fact]
    public void Renders_the_same_page_from_many_threads_at_once()
    {
        var engine = new HandlebarsEngine();
        foreach (var (name, source) in Partials)
        {
            engine.AddPartial(name, source, $"partials/{name}.hbs");
        }

        var compiled = engine.Compile(string.Join("\n", ((IEnumerable<object[]>)Templates).Select(t => (string)t[0])), "layouts/all.hbs");
        var other = new OtherPage { Title = Model.Title, Html = Model.Html, Items = Model.Items, Single = Model.Single, T = Model.T, Chart = Model.Chart };
        using var first = new PageBuffer();
        compiled.Render(first, Model);
        var expected = first.ToString();
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            using var buffer = new PageBuffer(16);
            compiled.Render(buffer, i % 2 == 0 ? other : Model);
            compiled.Render(buffer, i % 2 == 0 ? Model : other);
            results[i] = buffer.ToString();
        });
        Assert.All(results, r => Assert.Equal(expected + expected, r));
    }

    /// <summary>A type unrelated to <see cref="Page"/> whose same names sit elsewhere in the object: a reader made for one
    /// type must never read the other (the readers skip the cast, trusting the type comparison before each call).</summary>
    public sealed class Unrelated
    {
        public int Count { get; init; }

        public IReadOnlyList<Item> Items { get; init; } = [];

        public bool Yes { get; init; }

        public string Title { get; init; } = "";
    }

    [Fact]
    public void A_template_reads_each_model_type_with_its_own_readers()
    {
        const string Template = "{{Title}}|{{#each Items}}{{Name}}{{/each}}|{{#if Yes}}yes{{else}}no{{/if}}";
        var compiled = new HandlebarsEngine().Compile(Template, "layouts/mixed.hbs");
        var unrelated = new Unrelated { Count = 5, Items = [new("u", false, 0, [])], Yes = false, Title = "unrelated" };
        var results = new string[64];
        Parallel.For(0, results.Length, i =>
        {
            using var buffer = new PageBuffer(16);
            compiled.Render(buffer, i % 2 == 0 ? unrelated : Model);
            buffer.Write(";");
            compiled.Render(buffer, i % 2 == 0 ? Model : unrelated);
            results[i] = buffer.ToString();
        });
        var page = Render(new HandlebarsEngine(), Template);
        Assert.EndsWith("|onetwothree|yes", page);
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(i % 2 == 0 ? "unrelated|u|no;" + page : page + ";unrelated|u|no", results[i]);
        }
    }
}
