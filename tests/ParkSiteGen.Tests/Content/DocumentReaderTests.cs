using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Tests.Content;

/// <summary>A narrative is usually read in two parts (front matter, body) decoded separately; whatever path a file
/// takes, the document and the lines quoted in messages must be those of the whole file read at once.</summary>
public class DocumentReaderTests
{
    [Theory]
    [InlineData("---\ntitle: 标题\n---\n正文 *一*\n\n## 小节\n")]
    [InlineData("---\ntitle: x\n...\nbody\n")]
    [InlineData("---\ntitle: x\n---")]
    [InlineData("---\ntitle: x\n---\n")]
    [InlineData("---\r\ntitle: x\r\n---\r\nbody\r\nmore\r\n")]
    [InlineData("\uFEFF---\ntitle: x\n---\nbody\n")]
    [InlineData("---\ntitle: x\n--- \nbody\n---\nafter\n")]
    [InlineData("--- \ntitle: x\n---\nbody\n")]
    [InlineData("---\ntitle: x\n---\u3000\nbody\n---\nafter\n")]
    [InlineData("---\ntitle: \"a: b\"\ndate: 2024-03-01\n---\n\n---\n\nafter a rule\n")]
    public void Reads_as_the_whole_file_would_be_read(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"psg-doc-{Guid.NewGuid():N}.md");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        try
        {
            var diagnostics = new DiagnosticBag();
            var sources = new SourceTexts();
            var document = DocumentReader.Read(path, "content/a.md", Language.Zh, new YamlValues(diagnostics, [Language.Zh]), sources);

            var whole = TextFileReader.NormalizeNewlines(text.TrimStart('\uFEFF'));
            var expected = FrontMatter.Split(whole, "content/a.md", new DiagnosticBag())!;
            Assert.NotNull(document);
            Assert.Equal(expected.Body, document.Body);
            Assert.Equal(expected.BodyLine, document.BodyLine);
            var lines = whole.Split('\n');
            for (var i = 1; i <= lines.Length; i++)
            {
                Assert.Equal(lines[i - 1], sources.Line("content/a.md", i));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }
}
