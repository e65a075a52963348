using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Tests.Content;

/// <summary>Where front matter opens and ends, in the decoded text and in the bytes a narrative is usually split in
/// first: one rule, so the two always agree.</summary>
public class FrontMatterTests
{
    [Theory]
    [InlineData("---\ntitle: x\n---\nbody\n", "title: x\n", "body\n", 4)]
    [InlineData("---\ntitle: x\n...\nbody\n", "title: x\n", "body\n", 4)]
    [InlineData("--- \ntitle: x\n---\t\nbody", "title: x\n", "body", 4)]
    [InlineData("---\ntitle: x\n---\u3000\nbody\n---\nafter\n", "title: x\n", "body\n---\nafter\n", 4)]
    [InlineData("---\ntitle: x\n---", "title: x\n", "", 4)]
    [InlineData("---\n---\n", "", "", 3)]
    [InlineData("---\ntitle: x\n----\n---\n\n---\nrule\n", "title: x\n----\n", "\n---\nrule\n", 5)]
    [InlineData("---\ntitle: x\n ---\n---\nbody\n", "title: x\n ---\n", "body\n", 5)]
    [InlineData("---\ntitle: 标题\n---\n正文\n", "title: 标题\n", "正文\n", 4)]
    public void Ends_at_the_first_closing_line(string text, string yaml, string body, int bodyLine)
    {
        var parts = FrontMatter.Split(text, "a.md", new DiagnosticBag())!;
        Assert.Equal((yaml, 2, body, bodyLine), (parts.Yaml, parts.YamlLine, parts.Body, parts.BodyLine));

        var bytes = Encoding.UTF8.GetBytes(text);
        Assert.Equal(Encoding.UTF8.GetByteCount(text[..^body.Length]), FrontMatter.EndInUtf8(bytes));
    }

    [Theory]
    [InlineData("title: x\n---\nbody\n", "does not start with front matter")]
    [InlineData("\n---\ntitle: x\n---\n", "does not start with front matter")]
    [InlineData("----\ntitle: x\n---\n", "does not start with front matter")]
    [InlineData("---", "never closed")]
    [InlineData("---\ntitle: x\nbody\n", "never closed")]
    [InlineData("---\ntitle: x\n-- -\n", "never closed")]
    public void Has_none_without_its_two_lines(string text, string message)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrontMatter.Split(text, "a.md", diagnostics));
        Assert.Contains(message, Assert.Single(diagnostics.Sorted()).Message);
        Assert.Null(FrontMatter.EndInUtf8(Encoding.UTF8.GetBytes(text)));
    }
}
