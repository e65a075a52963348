namespace ParkSiteGen.Tests.Architecture;

/// <summary>What <see cref="DependencyDirectionTests"/> counts as a use of a folder, on small pieces of code: it must
/// see every real use (or it could never fail) and nothing else (or it would fail for nothing).</summary>
public class FolderUsesTests
{
    private static readonly Dictionary<string, IReadOnlySet<string>> Declared = new()
    {
        ["Output"] = new HashSet<string> { "MemoryOutput", "OutputFolder" },
        ["Content"] = new HashSet<string> { "ContentLoader", "Yaml" },
        ["Pipeline"] = new HashSet<string> { "BuildTimings" },
    };

    private static string[] Uses(string code)
    {
        var file = new SourceFile("x.cs", "Rendering", code, CodeText.WithoutCommentsAndStrings(code));
        return FolderUses.In(file, Declared).Select(u => $"{u.Line}:{u.Folder}").Order().ToArray();
    }

    [Theory]
    [InlineData("using ParkSiteGen.Output;", "1:Output")]
    [InlineData("using static ParkSiteGen.Content.ContentLoader;", "1:Content")]
    [InlineData("using Alias = ParkSiteGen.Output.MemoryOutput;", "1:Output")]
    [InlineData("var o = new global::ParkSiteGen.Output.OutputFolder();", "1:Output")]
    [InlineData("void Write(Pipeline.BuildTimings timings) { }", "1:Pipeline")]
    [InlineData("x = 1;\nContent.ContentLoader.Relative(a, b);", "2:Content")]
    [InlineData("var v = new Content.Yaml.YamlValues(d, l);", "1:Content")]
    [InlineData("List<Output.MemoryOutput> outputs = [];", "1:Output")]
    [InlineData("var s = $\"{Content.ContentLoader.Relative(a, b)} is read\";", "1:Content")]
    [InlineData("var s = $@\"{Pipeline.BuildTimings.X}\";", "1:Pipeline")]
    [InlineData("var s = $$\"\"\"{\"a\"}{{Output.MemoryOutput.X}}\"\"\";", "1:Output")]
    public void Sees_every_use(string code, string expected) => Assert.Equal([expected], Uses(code));

    [Theory]
    [InlineData("// Pipeline.BuildTimings times the stages")]
    [InlineData("/// <see cref=\"Output.MemoryOutput\"/>")]
    [InlineData("/* ParkSiteGen.Output.MemoryOutput */ var x = 1;")]
    [InlineData("var s = \"see Content.ContentLoader\";")]
    [InlineData("var s = @\"using ParkSiteGen.Output;\";")]
    [InlineData("var s = \"\"\"\n  Output.MemoryOutput\n  \"\"\";")]
    [InlineData("var s = $\"{{Output.MemoryOutput}} {x}\";")]
    [InlineData("var c = '\"'; var d = Output.Remove(path);")]
    [InlineData("Output.Remove(path); model.Content.Indicators.Count();")]
    [InlineData("var t = System.Diagnostics.Stopwatch.StartNew(); var o = x.Output.MemoryOutput;")]
    [InlineData("var e = \"escaped \\\" Output.MemoryOutput\";")]
    public void Sees_nothing_else(string code) => Assert.Empty(Uses(code));

    [Fact]
    public void Strings_and_comments_keep_their_lines()
    {
        var code = "/* one\ntwo */ var s = \"a\";\n// three\nx";
        var blanked = CodeText.WithoutCommentsAndStrings(code);
        Assert.Equal("      \n       var s = \" \";\n        \nx", blanked);
    }
}
