using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Tests.Diagnostics;

public class SourceTextsTests
{
    /// <summary>A narrative is remembered as its front matter and its body (shared with the document): every line
    /// must read as it does in the whole file, and the whole text must come back as it was.</summary>
    [Theory]
    [InlineData("---\ntitle: x\n---\nbody line\n\nlast", 3)]
    [InlineData("---\ntitle: x\n---\n", 3)]
    [InlineData("---\ntitle: x\n---", 3)]
    [InlineData("---\ntitle: x\n---\n# 标题\n正文\n", 3)]
    public void A_text_kept_in_two_parts_reads_as_the_whole(string whole, int headLines)
    {
        var cut = 0;
        for (var i = 0; i < headLines && cut >= 0; i++)
        {
            cut = whole.IndexOf('\n', cut) is var n and >= 0 ? n + 1 : whole.Length;
        }

        var split = new SourceTexts();
        split.Remember("a.md", whole[..cut], whole[cut..]);
        var plain = new SourceTexts();
        plain.Remember("a.md", whole);

        for (var line = 0; line <= whole.Count(c => c == '\n') + 2; line++)
        {
            Assert.Equal(plain.Line("a.md", line), split.Line("a.md", line));
        }

        Assert.Equal(whole, split.All.Single().Value);
    }
}
