using System.Text;
using ParkSiteGen.Content;
using ParkSiteGen.Content.Yaml;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Content;

/// <summary>The fast YAML reader must give exactly YamlDotNet's nodes and positions whenever it reads a file
/// itself, and leave everything else to YamlDotNet. Checked on every YAML text of the sample site and the
/// fixtures (and of any folders in PARKSITEGEN_YAML_CORPUS, e.g. the benchmark corpora), and on edge cases.</summary>
public class YamlReaderTests
{
    [Fact]
    public void Reads_every_content_file_exactly_as_YamlDotNet_does()
    {
        var folders = new List<string> { Path.Combine(Repo.Root, "content"), Path.Combine(Repo.Root, "themes"), Path.Combine(Repo.Root, "tests", "fixtures") };
        folders.AddRange((Environment.GetEnvironmentVariable("PARKSITEGEN_YAML_CORPUS") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        int read = 0, left = 0;
        foreach (var (file, yaml, offset) in folders.SelectMany(YamlTexts))
        {
            if (Compare(yaml, file, offset))
            {
                read++;
            }
            else
            {
                left++;
            }
        }

        // The fast reader must actually carry the content, not leave it all to YamlDotNet.
        Assert.True(read > 50, $"read {read}, left {left}");
        Assert.True(left * 20 < read, $"the fast reader left {left} of {read + left} texts to YamlDotNet");
    }

    public static TheoryData<string> SameAsYamlDotNet => new()
    {
        "a: 1\nb: two words\nc: \"quoted: yes\"\nd: 'single ''quote'''\n",
        "name: { zh: 茶陵经济开发区, en: Chaling Economic Development Zone }\n",
        "indicators:\n  total_revenue:   { value: 447, yoy: 14.9 }\n  tax: 8.7 # a comment\n",
        "# only a comment\n\nkey: value\n",
        "list:\n  - one\n  - { zh: 二, en: \"Two, 2\" }\n  - [a, b, c]\n",
        "list:\n- one\n- two\nafter: x\n",
        "honors:\n  - year: 2017\n    title: { zh: 示范园区, en: Demo park }\n  - year: 2024\n    title: x\n",
        "empty:\nnext: 1\n",
        "nested:\n  deeper:\n    deepest: v\n  back: w\ntop: z\n",
        "url: https://example.org/a#b\nhash: C# and F#\ntime: 12:30\n",
        "text: rock 'n roll # comment\nother: it's fine\n",
        "flow: { a: [1, 2], b: { c: d } }\n",
        "empty_flow: {}\nempty_list: []\n",
        "",
        "\n\n# nothing\n",
        "key: value   \n",
        "k-e_y1: v\n",
        "summary: 总收入447亿元，增长14.9%；税收18.7亿元。\n",
        "date: 2022-03-23\ndraft: false\n",
        "- a\n- b\n",
        "a:\n  - x\n  -\n    y: 1\n",
        "note: \"not \\\"or more\\\" but \\\\ this\"\n",
    };

    [Theory]
    [MemberData(nameof(SameAsYamlDotNet))]
    public void Reads_the_usual_forms_itself_and_exactly(string yaml)
    {
        Assert.True(SimpleYamlParser.TryParse(yaml, "x.yml", 0, out _) || yaml.Contains("-\n    y"), "the fast reader should read this itself");
        Compare(yaml, "x.yml", 0);
    }

    public static TheoryData<string> LeftToYamlDotNet => new()
    {
        "text: |\n  a block\n  scalar\n",
        "text: >\n  folded\n",
        "a: &anchor x\nb: *anchor\n",
        "escaped: \"tab\\there\"\n",
        "multi: first line\n  continued\n",
        "dup: 1\ndup: 2\n",
        "\tkey: tab\n",
        "key:\tvalue\n",
        "flow: [a, b\n",
        "flow: { a: 1,\n  b: 2 }\n",
        "---\na: 1\n---\nb: 2\n",
        "a: b: c\n",
        "? complex\n: key\n",
        "\"quoted key\": 1\n",
        "a: !tag x\n",
        "  indented: root\n",
        "a:\n    b: 1\n  c: 2\n",
        "list:\n  - - nested\n",
        "a: 'unclosed\n",
        "a: { b: }\n",
        "a: [1, 2,]\n",
        "languages: [zh, en\n",
        "a: \"x\"y\n",
    };

    [Theory]
    [MemberData(nameof(LeftToYamlDotNet))]
    public void Leaves_everything_else_to_YamlDotNet(string yaml)
    {
        Assert.False(SimpleYamlParser.TryParse(yaml, "x.yml", 0, out _), "the fast reader should leave this to YamlDotNet");
        Compare(yaml, "x.yml", 0); // and the reading through the parser's front door is then YamlDotNet's
    }

    /// <summary>Whether the fast reader read it. Either way, what the parser's front door gives (nodes, positions, the
    /// reported problems) must be YamlDotNet's; when the fast reader read it, its nodes must be YamlDotNet's too.</summary>
    private static bool Compare(string yaml, string file, int lineOffset)
    {
        var expectedDiagnostics = new DiagnosticBag();
        var expected = YamlDocumentParser.ParseWithYamlDotNet(yaml, file, expectedDiagnostics, out var failed, lineOffset);
        var frontDiagnostics = new DiagnosticBag();
        var front = YamlDocumentParser.Parse(yaml, file, frontDiagnostics, out var frontFailed, lineOffset);
        Assert.Equal(Show(expected), Show(front));
        Assert.Equal(failed, frontFailed);
        Assert.Equal(expectedDiagnostics.Sorted(), frontDiagnostics.Sorted());

        var read = SimpleYamlParser.TryParse(yaml, file, lineOffset, out var fast);
        if (read)
        {
            Assert.False(failed, $"{file}: the fast reader read a text YamlDotNet rejects:\n{yaml}");
            Assert.Equal(Show(expected), Show(fast));
        }

        return read;
    }

    private static IEnumerable<(string File, string Yaml, int LineOffset)> YamlTexts(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(p => p.EndsWith(".yml") || p.EndsWith(".md")).Order(StringComparer.Ordinal))
        {
            var text = TextFileReader.NormalizeNewlines(File.ReadAllText(path).TrimStart('\uFEFF'));
            if (path.EndsWith(".yml"))
            {
                yield return (path, text, 0);
            }
            else if (FrontMatter.Split(text, path, new DiagnosticBag()) is { } parts)
            {
                yield return (path, parts.Yaml, parts.YamlLine - 1);
            }
        }
    }

    /// <summary>A node tree as text: kinds, values, quoting and every position.</summary>
    private static string Show(YamlNode? node)
    {
        var sb = new StringBuilder();
        Write(node, 0);
        return sb.ToString();

        void Write(YamlNode? n, int depth)
        {
            var pad = new string(' ', depth * 2);
            switch (n)
            {
                case null:
                    sb.Append(pad).Append("(none)\n");
                    break;
                case YamlScalar s:
                    sb.Append(pad).Append($"scalar {At(s)} quoted={s.Quoted} [{s.Value}]\n");
                    break;
                case YamlSequence q:
                    sb.Append(pad).Append($"list {At(q)}\n");
                    foreach (var item in q.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case YamlMapping m:
                    sb.Append(pad).Append($"map {At(m)}\n");
                    foreach (var (key, value) in m.Entries)
                    {
                        Write(key, depth + 1);
                        Write(value, depth + 2);
                    }

                    break;
            }
        }

        static string At(YamlNode n) => $"{n.Location.Line}:{n.Location.Column}+{n.Location.Length}";
    }
}
