using System.Text;
using System.Text.Json;
using System.Xml;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Tests.Build;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Content;

/// <summary>Invisible control characters pasted into content (Word's U+000B, a NUL from a PDF…) are dropped where the
/// text enters, each with a warning at its place; no page, feed, sitemap, JSON or CSV file carries one.</summary>
public class ControlCharacterTests
{
    /// <summary>Every kind the rule drops: C0 controls, DEL, C1 controls, noncharacters of the first and a later plane.</summary>
    public static TheoryData<string> Forbidden => new()
    {
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u0012", "\u001B", "\u001D", "\u001F",
        "\u007F", "\u0080", "\u0085", "\u009F", "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF",
        char.ConvertFromUtf32(0x1FFFE), char.ConvertFromUtf32(0x10FFFF),
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Each_one_is_dropped_with_a_warning_at_its_line_and_column(string character)
    {
        var diagnostics = new DiagnosticBag();

        var text = ControlCharacters.Remove($"title: a\nsummary: 第一{character}第二\n", "x.md", diagnostics);

        Assert.Equal("title: a\nsummary: 第一第二\n", text);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.False(warning.IsError);
        Assert.Equal(ControlCharacters.Code, warning.Code);
        Assert.Equal(new SourceLocation("x.md", 2, 12, character.Length), warning.Location);
        Assert.Equal($"U+{char.ConvertToUtf32(character, 0):X4}", warning.Found);
        Assert.Contains(warning.Found!, warning.Message);
    }

    [Fact]
    public void Text_tabs_line_ends_and_characters_that_only_look_close_are_kept()
    {
        var diagnostics = new DiagnosticBag();
        // U+103FE and U+1FFFD share a low surrogate with noncharacters; U+FEFF and U+200B are invisible but valid.
        var text = "a\tb\nc\u00A0d\uFEFF\u200B" + char.ConvertFromUtf32(0x103FE) + char.ConvertFromUtf32(0x1FFFD) + "😀税收\uFFFD\n";

        Assert.Same(text, ControlCharacters.Remove(text, "x.md", diagnostics));
        Assert.True(diagnostics.IsEmpty);
    }

    [Fact]
    public void A_file_full_of_them_is_reported_ten_times_then_once_more()
    {
        var diagnostics = new DiagnosticBag();

        var text = ControlCharacters.Remove(string.Concat(Enumerable.Repeat("行\v", 50)), "x.md", diagnostics);

        Assert.Equal(new string('行', 50), text);
        Assert.Equal(11, diagnostics.WarningCount);
    }

    [Fact]
    public void Word_line_breaks_get_a_hint_that_says_so()
    {
        var diagnostics = new DiagnosticBag();
        ControlCharacters.Remove("a\vb", "x.md", diagnostics);

        Assert.Contains("Word", Assert.Single(diagnostics.Sorted()).Hint);
    }

    private const string Bulletin = "content/parks/alpha-edz/2021/bulletin.en.md";
    private const string ProfileZh = "content/parks/alpha-edz/profile.zh.md";
    private const string Park = "content/parks/alpha-edz/park.yml";
    private const string Data = "content/parks/alpha-edz/2021/data.yml";
    private const string Site = "content/site.yml";

    /// <summary>One of each, in every kind of text a site has: YAML values, front matter, Markdown bodies.</summary>
    private static readonly (string File, string Old, string New, string At)[] Pasted =
    [
        (Site, "Test Parks Portal", "Test\u0000 Parks Portal", "content/site.yml:1:30"),
        (Park, "Alpha Economic Development Zone", "Alpha\u000B Economic Development Zone", "content/parks/alpha-edz/park.yml:1:32"),
        (Data, "en: incl. comprehensive", "en: incl.\u0012 comprehensive", "content/parks/alpha-edz/2021/data.yml:7:91"),
        (Data, "Hengyang Daily, February", "Hengyang\u001D Daily, February", "content/parks/alpha-edz/2021/data.yml:18:41"),
        (Bulletin, "title: 2021 Annual Review", "title: 2021\u0085 Annual Review", "content/parks/alpha-edz/2021/bulletin.en.md:2:12"),
        (Bulletin, "summary: Total revenue", "summary: Total\u007F revenue", "content/parks/alpha-edz/2021/bulletin.en.md:4:15"),
        (Bulletin, "tax revenue was", "tax\u000C revenue was", "content/parks/alpha-edz/2021/bulletin.en.md:8:73"),
        (ProfileZh, "规划面积", "规划\uFFFE面积", "content/parks/alpha-edz/profile.zh.md:7:15"),
    ];

    [Fact]
    public void A_site_with_them_in_every_kind_of_text_builds_and_no_output_carries_one()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        foreach (var (file, old, replacement, _) in Pasted)
        {
            BadInputTests.Replace(site, file, old, replacement);
        }

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var (_, _, replacement, at) in Pasted)
        {
            var code = $"U+{char.ConvertToUtf32(replacement.First(c => !ControlCharacters.None(c.ToString())).ToString(), 0):X4}";
            Assert.Contains($"warning[{ControlCharacters.Code}]: {at}: an invisible control character ({code}", result.Stderr);
        }

        Assert.Contains("Alpha Economic Development Zone", File.ReadAllText(Path.Combine(temp["public"], "en", "parks", "alpha-edz", "index.html")));
        foreach (var path in Directory.EnumerateFiles(temp["public"], "*", SearchOption.AllDirectories).Where(IsText))
        {
            var text = File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: true));
            Assert.True(ControlCharacters.None(text), $"{Path.GetRelativePath(temp["public"], path)} carries a control character");
            if (path.EndsWith(".xml"))
            {
                using var reader = XmlReader.Create(path, new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
                while (reader.Read())
                {
                }
            }
            else if (path.EndsWith(".json"))
            {
                using var _ = JsonDocument.Parse(text);
            }
        }
    }

    [Fact]
    public void Strict_builds_fail_on_them_and_publish_nothing()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        BadInputTests.Replace(site, Bulletin, "tax revenue was", "tax\u000B revenue was");

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search", "--strict");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{Bulletin}:8:73", result.Stderr);
        Assert.Contains("U+000B", result.Stderr);
        Assert.False(Directory.Exists(temp["public"]));
    }

    private static bool IsText(string path) => Path.GetExtension(path) is ".html" or ".xml" or ".json" or ".csv" or ".txt" or ".css" or ".js";
}
