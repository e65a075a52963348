using System.Text;
using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Support;

/// <summary>Breaks a copy of a site at random, the ways content gets broken: a bad disk or a bad copy (flipped bytes,
/// bytes that are not UTF-8, a file cut short), an editor's slip (lines deleted, duplicated, swapped or re-indented,
/// stray YAML, Markdown or HTML typed in, a very long line pasted) and file management (files emptied, deleted,
/// renamed or added, folders renamed or deleted). Everything it does follows from the <see cref="Random"/> it is given,
/// and it lists files in ordinal order, so one seed breaks the site the same way on every machine.</summary>
public sealed partial class ContentMutator(string siteDir, Random random)
{
    private delegate string Mutate(string file);

    /// <summary>Applies one to three mutations; returns what each did, to print with a failure and replay it.</summary>
    public List<string> ApplySome()
    {
        var count = random.Next(1, 4);
        var applied = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            applied.Add(ApplyOne());
        }

        return applied;
    }

    private string ApplyOne()
    {
        // File operations are rarer than edits: most of what editors do is edit.
        (Mutate Mutation, int Weight)[] kinds =
        [
            (FlipByte, 3), (InsertInvalidUtf8, 3), (DeleteLine, 3), (DuplicateLine, 3), (SwapLines, 3), (ChangeIndentation, 3),
            (Truncate, 2), (InsertToken, 8), (InsertLongLine, 2), (ReplaceValue, 8), (ReplaceKey, 3),
            (EmptyFile, 1), (DeleteFile, 1), (RenameFile, 2), (AddFile, 2), (RenameFolder, 1), (DeleteFolder, 1),
        ];
        var pick = random.Next(kinds.Sum(k => k.Weight));
        foreach (var (mutation, weight) in kinds)
        {
            if (pick < weight)
            {
                return mutation(PickFile());
            }

            pick -= weight;
        }

        throw new InvalidOperationException("unreachable: the pick is below the total weight");
    }

    private string Content => Path.Combine(siteDir, "content");

    private string PickFile()
    {
        var files = Sorted(Directory.GetFiles(Content, "*", SearchOption.AllDirectories));
        return files.Length == 0 ? Path.Combine(Content, "site.yml") : files[random.Next(files.Length)];
    }

    private string Relative(string path) => Path.GetRelativePath(siteDir, path).Replace('\\', '/');

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    // ---- bytes ------------------------------------------------------------------------------------------------

    private string FlipByte(string file)
    {
        var bytes = ReadOrEmpty(file);
        if (bytes.Length == 0)
        {
            return InsertInvalidUtf8(file);
        }

        var at = random.Next(bytes.Length);
        var before = bytes[at];
        bytes[at] ^= (byte)(1 << random.Next(8));
        File.WriteAllBytes(file, bytes);
        return $"flip-byte {Relative(file)} offset {at}: 0x{before:X2} -> 0x{bytes[at]:X2}";
    }

    /// <summary>A stray 0xFF, a lead byte without its continuation, a lone surrogate (ED A0 80), an overlong '/', a code
    /// point beyond U+10FFFF, a sequence cut short, a UTF-16 byte order mark; and a UTF-8 BOM in the middle of the text
    /// (well-formed, but a file's start is the only place it means anything).</summary>
    private static readonly byte[][] InvalidUtf8 =
        [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFE, 0xFF]];

    private string InsertInvalidUtf8(string file)
    {
        var bytes = ReadOrEmpty(file);
        var sequence = InvalidUtf8[random.Next(InvalidUtf8.Length)];
        var at = random.Next(bytes.Length + 1);
        File.WriteAllBytes(file, [.. bytes.AsSpan(0, at), .. sequence, .. bytes.AsSpan(at)]);
        return $"invalid-utf8 {Relative(file)} offset {at}: {Convert.ToHexString(sequence)}";
    }

    private string Truncate(string file)
    {
        var bytes = ReadOrEmpty(file);
        var length = random.Next(bytes.Length + 1);
        File.WriteAllBytes(file, bytes[..length]);
        return $"truncate {Relative(file)} to {length} of {bytes.Length} bytes";
    }

    // ---- lines ------------------------------------------------------------------------------------------------

    private string DeleteLine(string file) => EditLines(file, "delete-line", lines =>
    {
        var at = random.Next(lines.Count);
        lines.RemoveAt(at);
        return at;
    });

    private string DuplicateLine(string file) => EditLines(file, "duplicate-line", lines =>
    {
        var at = random.Next(lines.Count);
        lines.Insert(at, lines[at]);
        return at;
    });

    private string SwapLines(string file) => EditLines(file, "swap-lines", lines =>
    {
        var a = random.Next(lines.Count);
        var b = random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return a;
    }, detail: " (with another)");

    /// <summary>Two spaces more or less, one space, a tab: what YAML cares about most.</summary>
    private string ChangeIndentation(string file) => EditLines(file, "indent", lines =>
    {
        var at = random.Next(lines.Count);
        var line = lines[at];
        var indent = line.TakeWhile(c => c is ' ' or '\t').Count();
        lines[at] = random.Next(4) switch
        {
            0 => "  " + line,
            1 => " " + line,
            2 => "\t" + line[indent..],
            _ => line[Math.Min(indent, random.Next(1, 3))..],
        };
        return at;
    });

    private static readonly string[] Tokens =
    [
        // YAML
        ": ", "- ", "{", "}", "[", "]", "&a ", "*a", "!!binary ", "? ", "|", ">-", "---", "...", "\t", "#", "\"", "'", ",", "~",
        "<<: *a", "!custom ", "%YAML 1.2", "@", "`", "null", ".inf", "-.inf", ".nan", "1e309", "-0", "0x1F", "99999999999999999999999",
        "-1", "2022-13-45", "key: value", "? [a]\n: b", "[[[[[[[[[[", "{a: {b: {c: [", "\"\\u", "\"\\x", "\"\\uD800\"", "'unclosed",
        // Markdown
        "[x](../../../etc)", "![](images/x.png)", "<!--", "```", "~~~", "|---|", "| a | b |", "[x]: <>", "# ", "> ", "* ", "1. ",
        "[^1]", "[^1]: note", "\\", "<http://x>", "[x](<>)", "[x]()", "[](#)", "![](../../../../../../etc/passwd)", "[x](mailto:)",
        "[x](2021/bulletin.zh.md#)", "[x](../2099/bulletin.en.md)", "[x](?q)", "[x](//host)", "[x](%zz)", "*", "_", "$$", "{{", "}}",
        "{{#each x}}", "<https://x.org/a b>", "[x][y]",
        // HTML
        "<script>", "</script>", "<div>", "</div>", "<img src=x onerror=alert(1)>", "&amp;", "&#0;", "&#xD800;", "&#x10FFFF;", "&#x0B;", "&#27;", "&#x85;", "<![CDATA[",
        "<?xml", "<a href=\"javascript:x\">", "</p>", "<style>", "<", ">", "&",
        // Unicode that is valid UTF-8 but unusual
        "\u2028", "\u0085", "\uFEFF", "\u200F", "\u0301", "😀", "\uFFFE", "\uFFFF", "\U0010FFFF",
    ];

    /// <summary>A token at the start of a line, at its end, or between two characters of it.</summary>
    private string InsertToken(string file)
    {
        var token = Tokens[random.Next(Tokens.Length)];
        return EditLines(file, "insert-token", lines =>
        {
            var at = random.Next(lines.Count);
            var line = lines[at];
            var column = random.Next(3) switch { 0 => 0, 1 => line.Length, _ => random.Next(line.Length + 1) };
            if (column > 0 && column < line.Length && char.IsLowSurrogate(line[column]))
            {
                column--; // between characters, never inside one
            }

            lines[at] = line.Insert(column, token);
            return at;
        }, detail: $" token {Escape(token)}");
    }

    /// <summary>What a very long line is made of: text, or a token repeated, which nests as deep as it is long
    /// (brackets, block quotes, emphasis, lists, HTML elements).</summary>
    private static readonly string[] LongLineUnits = ["a", "亿元", "word ", "[", "{", "{a: ", "- ", "> ", "*", "**", "_", "`", "<div>", "![", "|", "&#", "\\"];

    private string InsertLongLine(string file)
    {
        var length = random.Next(10_000, 200_000);
        var unit = random.Next(2) == 0 ? LongLineUnits[random.Next(LongLineUnits.Length)] : Tokens[random.Next(Tokens.Length)];
        var line = string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length)));
        return EditLines(file, "long-line", lines =>
        {
            var at = random.Next(lines.Count + 1);
            lines.Insert(at, line);
            return at;
        }, detail: $" of {line.Length} characters ({Escape(unit)})");
    }

    /// <summary>Values that are well-formed YAML but odd for the field they land in: limits of numbers and years, empty
    /// and null values, impossible dates, escapes that make control characters, markup, URLs, other fields' words.</summary>
    private static readonly string[] Values =
    [
        "0", "-1", "-0", "1e308", "1.7976931348623157e308", "0.0000001", "1e-300", "99999999999999999999", "2147483648", "-2147483649",
        "2100", "2101", "1949", "1948", "9999", "1.5", "100", "101", "-100", "0x10", "1_000", "+5", "79228162514264337593543950335",
        "-79228162514264337593543950335", "0.0000000000000000000000000001", "999999999999999", "0.000001", "1000000000000000",
        "\"\"", "''", "~", "null", "true", "false", "yes", "no",
        "2022-02-30", "0001-01-01", "9999-12-31", "2022-2-2", "2022-02-22T10:00:00Z", "1900-01-01", "2024-02-29", "2023-02-29",
        "\"\\u0000\"", "\"\\x0B\"", "\"\\e\"", "\"\\uFFFE\"", "\"\\u2028\"", "\"\\N\"", "\"\\_\"", "\"\\uD800\"", "\"\\U0010FFFF\"",
        "<script>alert(1)</script>", "\"a: b\"", "[]", "{}", "[zh]", "[zh, zh]", "[en]", "{ zh: x }", "{ zh: '', en: '' }", "{ zh: 测试, en: 测试, fr: x }",
        "https://", "http://x y", "javascript:alert(1)", "ftp://x", "https://example.org/a?b=c#d", "//example.org", "../", "亿", "🙂", "\u200F",
        "default", "../../etc", "zh", "en", "national", "provincial", "as_of", "at_least", "usd_10k", "cny_100m", "rank", "count", "percent",
        new string('x', 5000),
    ];

    /// <summary>The value after a key's colon: to the end of the line, or in a flow map to the next ',' or '}'.</summary>
    [GeneratedRegex(@"(?<=[\w\]\}\x22']: )[^\n,{}\[\]#]+")]
    private static partial Regex ValueAfterKey();

    /// <summary>A key: a word followed by a colon and a space, or the end of the line.</summary>
    [GeneratedRegex(@"[a-z_][a-z0-9_]*(?=:( |$))", RegexOptions.Multiline)]
    private static partial Regex Key();

    private string ReplaceValue(string file) => ReplaceMatch(file, "replace-value", ValueAfterKey(), _ => Values[random.Next(Values.Length)]);

    /// <summary>A key replaced by another key of the site's YAML: the right words in the wrong place.</summary>
    private string ReplaceKey(string file)
    {
        var keys = Sorted(Directory.GetFiles(Content, "*.yml", SearchOption.AllDirectories))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal).ToArray();
        return ReplaceMatch(file, "replace-key", Key(), _ => keys.Length == 0 ? "title" : keys[random.Next(keys.Length)]);
    }

    /// <summary>One match of <paramref name="pattern"/> in <paramref name="file"/>, chosen at random, replaced; another
    /// mutation when there is none.</summary>
    private string ReplaceMatch(string file, string kind, Regex pattern, Func<string, string> replacement)
    {
        var text = Encoding.UTF8.GetString(ReadOrEmpty(file));
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return InsertToken(file);
        }

        var match = matches[random.Next(matches.Count)];
        var value = replacement(match.Value);
        File.WriteAllText(file, text[..match.Index] + value + text[(match.Index + match.Length)..], new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var line = text.AsSpan(0, match.Index).Count('\n') + 1;
        return $"{kind} {Relative(file)} line {line}: {Escape(match.Value.Length > 40 ? match.Value[..40] + "…" : match.Value)} -> {Escape(value.Length > 40 ? value[..40] + "…" : value)}";
    }

    /// <summary>Edits <paramref name="file"/> as lines of text (LF); an undecodable byte stays undecodable (U+FFFD).</summary>
    private string EditLines(string file, string kind, Func<List<string>, int> edit, string detail = "")
    {
        var text = Encoding.UTF8.GetString(ReadOrEmpty(file));
        var lines = text.Split('\n').ToList();
        var line = edit(lines) + 1;
        File.WriteAllText(file, string.Join('\n', lines), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return $"{kind} {Relative(file)} line {line}{detail}";
    }

    // ---- files and folders -----------------------------------------------------------------------------------

    private string EmptyFile(string file)
    {
        File.WriteAllBytes(file, []);
        return $"empty {Relative(file)}";
    }

    private string DeleteFile(string file)
    {
        File.Delete(file);
        return $"delete {Relative(file)}";
    }

    private string RenameFile(string file)
    {
        var name = Path.GetFileName(file);
        var stem = Path.GetFileNameWithoutExtension(name);
        string[] names =
        [
            name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name[1..], stem + ".yaml", stem + ".txt", name + "~", name + ".bak",
            "." + name, name.Replace(".zh.", ".cn.", StringComparison.Ordinal).Replace(".en.", ".fr.", StringComparison.Ordinal),
            stem + ".MD", "copy of " + name, name + " ", stem, "index.md", "data.yml", "park.yml", "bulletin.zh.md", "profile.en.md",
        ];
        var target = Path.Combine(Path.GetDirectoryName(file)!, names[random.Next(names.Length)]);
        if (!File.Exists(file) || target == file || Directory.Exists(target))
        {
            return $"rename {Relative(file)} -> {Path.GetFileName(target)}: skipped";
        }

        File.Move(file, target, overwrite: true);
        return $"rename {Relative(file)} -> {Path.GetFileName(target)}";
    }

    /// <summary>A copy of a file, or a stray one, in a folder of the site, under a name the content format knows or not.</summary>
    private string AddFile(string file)
    {
        var folders = Sorted([Content, .. Directory.GetDirectories(Content, "*", SearchOption.AllDirectories)]);
        var folder = folders[random.Next(folders.Length)];
        string[] names = ["data.yml", "park.yml", "site.yml", "indicators.yml", "bulletin.zh.md", "bulletin.en.md", "profile.zh.md", "profile.en.md", "notes.txt", "Thumbs.db", "2030"];
        var name = names[random.Next(names.Length)];
        var target = Path.Combine(folder, name);
        if (name == "2030")
        {
            Directory.CreateDirectory(target);
            if (!File.Exists(file))
            {
                return $"add {Relative(target)}/: an empty folder";
            }

            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            return $"add {Relative(target)}/{Path.GetFileName(file)} (a copy of {Relative(file)})";
        }

        if (!File.Exists(file) || target == file || Directory.Exists(target))
        {
            return $"add {Relative(target)}: skipped";
        }

        File.Copy(file, target, overwrite: true);
        return $"add {Relative(target)} (a copy of {Relative(file)})";
    }

    private string RenameFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (folder == Content)
        {
            folder = Path.Combine(Content, "parks");
        }

        var name = Path.GetFileName(folder);
        if (!Directory.Exists(folder))
        {
            return $"rename-folder {Relative(folder)}: skipped, it is gone";
        }

        string[] names =
        [
            name.ToUpperInvariant(), name.Replace('-', '_'), name + " ", "20x1", "1900", "2101", "0000", name + "年", "阿尔法", "images",
            "-", "a--b", name.Length > 1 ? name[..^1] : "x", "parks", "Images", name + ".old",
        ];
        var target = Path.Combine(Path.GetDirectoryName(folder)!, names[random.Next(names.Length)]);
        if (Directory.Exists(target) || File.Exists(target))
        {
            return $"rename-folder {Relative(folder)}: skipped, {Path.GetFileName(target)} exists";
        }

        Directory.Move(folder, target);
        return $"rename-folder {Relative(folder)} -> {Path.GetFileName(target)}";
    }

    private string DeleteFolder(string file)
    {
        var folder = Path.GetDirectoryName(file)!;
        if (folder == Content || !Directory.Exists(folder))
        {
            return DeleteFile(file);
        }

        Directory.Delete(folder, recursive: true);
        return $"delete-folder {Relative(folder)}";
    }

    /// <summary>The file's bytes; none if an earlier mutation deleted or moved it (it is then written anew).</summary>
    private static byte[] ReadOrEmpty(string file) => File.Exists(file) ? File.ReadAllBytes(file) : [];

    private static string Escape(string text) =>
        "\"" + string.Concat(text.Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
