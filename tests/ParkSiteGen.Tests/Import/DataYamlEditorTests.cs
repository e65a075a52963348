using ParkSiteGen.Import;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Import;

public class DataYamlEditorTests
{
    private const string Data = """
        # Alpha EDZ, 2022. Source: Hengyang Daily.
        indicators:
          total_revenue: 480        # 技工贸总收入
          tax_revenue: { value: 8.4, yoy: -3 }
          contracted_investment: { value: 26, qualifier: more_than }
          investment_attracted:
            value: 41.88
            qualifier: about
            note: { zh: 含续建项目, en: incl. continuing projects }
          # more to come
        targets:
          total_revenue: 500
        sources:
          - { zh: 衡阳日报, en: Hengyang Daily }

        """;

    private static string Apply(string text, params FigureEdit[] edits)
    {
        var result = DataYamlEditor.Apply(text, "data.yml", edits, out var problem);
        Assert.Null(problem);
        return Assert.IsType<string>(result);
    }

    /// <summary>Only the given lines differ.</summary>
    private static void AssertOnly(string before, string after, params (int Line, string Text)[] changed)
    {
        var expected = before.Split('\n').ToList();
        foreach (var (line, text) in changed)
        {
            expected[line - 1] = text;
        }

        Assert.Equal(string.Join('\n', expected), after);
    }

    [Fact]
    public void A_bare_number_is_replaced_and_its_comment_kept() =>
        AssertOnly(Data, Apply(Data, new FigureEdit("total_revenue", 512.3m, Qualifier.None, null)),
            (3, "  total_revenue: 512.3        # 技工贸总收入"));

    [Fact]
    public void A_bare_number_that_gains_a_growth_becomes_a_map_on_its_line() =>
        AssertOnly(Data, Apply(Data, new FigureEdit("total_revenue", 480m, Qualifier.None, 12.5m)),
            (3, "  total_revenue: { value: 480, yoy: 12.5 }        # 技工贸总收入"));

    [Fact]
    public void In_a_map_on_one_line_each_field_is_changed_in_place() =>
        AssertOnly(Data, Apply(Data,
                new FigureEdit("tax_revenue", 8.9m, Qualifier.None, -2.5m),
                new FigureEdit("contracted_investment", 27m, Qualifier.None, 4m)),
            (4, "  tax_revenue: { value: 8.9, yoy: -2.5 }"),
            (5, "  contracted_investment: { value: 27, yoy: 4 }"));

    [Fact]
    public void In_a_map_on_one_line_a_qualifier_is_added_after_the_value() =>
        AssertOnly(Data, Apply(Data, new FigureEdit("tax_revenue", 8.4m, Qualifier.About, null)),
            (4, "  tax_revenue: { value: 8.4, qualifier: about, yoy: -3 }"));

    [Fact]
    public void In_a_block_map_values_change_in_place_and_new_fields_get_lines()
    {
        var after = Apply(Data, new FigureEdit("investment_attracted", 42m, Qualifier.None, 7m));
        Assert.Equal(Data.Replace("""
              investment_attracted:
                value: 41.88
                qualifier: about
                note:
            """, """
              investment_attracted:
                value: 42
                yoy: 7
                note:
            """), after);
    }

    [Fact]
    public void A_new_figure_goes_at_the_end_of_indicators_before_the_next_key()
    {
        var after = Apply(Data, new FigureEdit("fixed_asset_investment", 75m, Qualifier.None, 44.2m), new FigureEdit("rd_share", 2.5m, Qualifier.AtLeast, null));
        Assert.Equal(Data.Replace("""
                note: { zh: 含续建项目, en: incl. continuing projects }
            """, """
                note: { zh: 含续建项目, en: incl. continuing projects }
              fixed_asset_investment: { value: 75, yoy: 44.2 }
              rd_share: { value: 2.5, qualifier: at_least }
            """), after);
    }

    [Fact]
    public void A_file_without_indicators_gets_them_first_after_its_comments()
    {
        const string text = "# Beta, 2024.\nsources:\n  - { zh: 衡阳日报, en: Hengyang Daily }\n";
        Assert.Equal("# Beta, 2024.\nindicators:\n  tax_revenue: 3.1\nsources:\n  - { zh: 衡阳日报, en: Hengyang Daily }\n",
            Apply(text, new FigureEdit("tax_revenue", 3.1m, Qualifier.None, null)));
        Assert.Equal("# new\nindicators:\n  tax_revenue: 3.1\n", Apply("# new\n", new FigureEdit("tax_revenue", 3.1m, Qualifier.None, null)));
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_are_kept()
    {
        var text = "\uFEFF" + Data.Replace("\n", "\r\n");
        var after = Apply(text, new FigureEdit("investment_attracted", 42m, Qualifier.None, 7m), new FigureEdit("rd_share", 2.5m, Qualifier.None, null));
        Assert.StartsWith("\uFEFF# Alpha", after);
        Assert.DoesNotContain("\n", after.Replace("\r\n", ""));
        Assert.Contains("    value: 42\r\n    yoy: 7\r\n", after);
        Assert.Contains("en: incl. continuing projects }\r\n  rd_share: 2.5\r\n", after);
    }

    [Fact]
    public void A_last_line_without_its_line_end_gets_one_before_a_new_line() =>
        Assert.Equal("indicators:\n  total_revenue: 480\n  tax_revenue: 3.1\n",
            Apply("indicators:\n  total_revenue: 480", new FigureEdit("tax_revenue", 3.1m, Qualifier.None, null)));

    [Fact]
    public void Indicators_in_braces_on_one_line_are_left_for_a_person()
    {
        Assert.Null(DataYamlEditor.Apply("indicators: { total_revenue: 480 }\n", "data.yml", [new FigureEdit("tax_revenue", 3m, Qualifier.None, null)], out var problem));
        Assert.Contains("one figure per line", problem);
    }
}
