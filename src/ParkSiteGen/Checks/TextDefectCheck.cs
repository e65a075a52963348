using System.Text.RegularExpressions;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Checks;

/// <summary>The defects that OCR and copy-paste leave in narratives: a paragraph printed twice, a doubled
/// character run (检修修, 亮化亮化), and half-width punctuation inside Chinese text. Warnings: a person decides.</summary>
public static partial class TextDefectCheck
{
    /// <summary>Reduplications that are normal Chinese (常常, 隆隆), never defects.</summary>
    private static readonly HashSet<string> Reduplications = new(StringComparer.Ordinal)
    {
        "常常", "刚刚", "渐渐", "天天", "人人", "年年", "处处", "事事", "步步", "层层", "时时", "个个", "家家", "户户", "条条",
        "件件", "多多", "好好", "慢慢", "轻轻", "久久", "纷纷", "频频", "屡屡", "稳稳", "默默", "深深", "紧紧", "满满", "足足",
        "高高", "大大", "小小", "往往", "仅仅", "恰恰", "偏偏", "明明", "隆隆", "熠熠", "勃勃", "蒸蒸", "欣欣", "滚滚", "赫赫",
        "井井", "头头", "面面", "源源", "节节", "日日", "月月", "声声", "片片", "串串", "一一", "点点", "丝丝", "种种", "样样",
        "项项", "座座", "栋栋", "台台", "位位", "次次", "批批", "级级", "重重", "亭亭", "匆匆", "悠悠", "浩浩", "荡荡", "堂堂",
        "朗朗", "妥妥", "实实", "在在", "踏踏", "扎扎", "切切", "细细", "密密", "麻麻", "形形", "色色", "区区", "茫茫", "熊熊",
        "双双", "对对", "统统", "通通", "边边", "岁岁", "世世", "代代", "生生", "息息",
    };

    /// <summary>Chinese numerals double in names and counts (“一三五五”战略, 五五分成).</summary>
    private const string Numerals = "〇一二三四五六七八九十百千万亿两零";

    /// <summary>Common words that often follow a word ending in their first character (项目+目标, 企业+业绩):
    /// with the pairs the site's own text uses twice or more, they tell two words meeting from a doubled character.</summary>
    private static readonly string[] CommonWords =
    [
        "目标", "业绩", "业态", "业务", "产品", "产值", "产业", "员工", "会议", "区域", "区内", "力争", "长期", "品质", "理念",
        "设备", "设施", "工程", "工作", "务实", "家庭", "人数", "人才", "作为", "展现", "量化", "地区", "地方", "资金", "资源",
        "金额", "额度", "度过", "过程", "程度", "心态", "中心", "城市", "市场", "场所", "所有", "有序", "序列", "列入", "入驻",
        "驻地", "点位", "位置", "置业", "平台", "台阶", "阶段", "段落", "成果", "果断", "化工", "工业", "商务", "发展", "展会",
        "报道", "报告", "告知", "知识", "识别", "别墅", "建设", "设计", "计划", "划分", "分析", "析出", "出口", "口岸",
    ];

    [GeneratedRegex(@"(\p{IsCJKUnifiedIdeographs}{2})\1")]
    private static partial Regex DoubledPair();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})[,;:!?()""]|[,;:!?()""](?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex HalfWidthNextToChinese();

    [GeneratedRegex(@"\]\([^)]*\)|`[^`]*`|<[^>]+>|https?://\S+")]
    private static partial Regex LinksAndCode();

    public static void Run(ContentSet content, DiagnosticBag diagnostics)
    {
        var documents = content.Parks.SelectMany(p => p.Profiles.Values.Concat(p.Years.SelectMany(y => y.Bulletins.Values))).ToList();
        var bigrams = Bigrams(documents.Where(d => d.Language.IsChinese).Select(d => d.Body));
        foreach (var document in documents)
        {
            RepeatedParagraphs(document, diagnostics);
            if (document.Language.IsChinese)
            {
                DoubledCharacters(document, bigrams, diagnostics);
                HalfWidthPunctuation(document, diagnostics);
            }
        }
    }

    private static void RepeatedParagraphs(Document document, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = document.Body.Split('\n');
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && lines[i].Trim().Length > 0)
            {
                continue;
            }

            var paragraph = string.Join(" ", lines[start..i].Select(l => l.Trim())).Trim();
            if (paragraph.Length >= 20 && !paragraph.StartsWith('|'))
            {
                if (seen.TryGetValue(paragraph, out var first))
                {
                    diagnostics.Warning("repeated-paragraph", new SourceLocation(document.File, document.BodyLine + start, 1),
                        $"this paragraph is the same as the one on line {document.BodyLine + first}",
                        found: Shorten(paragraph), expected: "each paragraph once", hint: "remove the copy (OCR often prints a paragraph twice)");
                }
                else
                {
                    seen[paragraph] = start;
                }
            }

            start = i + 1;
        }
    }

    private static void DoubledCharacters(Document document, Dictionary<string, int> bigrams, DiagnosticBag diagnostics)
    {
        var lines = document.Body.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = LinksAndCode().Replace(lines[n], m => new string(' ', m.Length));
            foreach (Match m in DoubledPair().Matches(line))
            {
                // 亮化亮化 is a word written twice; 调区扩区扩大 is three words (扩区 is one), so "BA" must not be a word.
                var pair = m.Groups[1].Value;
                var index = m.Index;
                if (index + 4 < line.Length && line[index + 4] == pair[0])
                {
                    // 美化亮化亮化: the leftmost match is 化亮化亮, but the word written twice is 亮化.
                    index++;
                    pair = $"{pair[1]}{pair[0]}";
                }

                var spot = line.Substring(Math.Max(0, m.Index - 1), Math.Min(line.Length, m.Index + m.Length + 1) - Math.Max(0, m.Index - 1));
                if (pair[0] != pair[1] && !IsWord($"{pair[1]}{pair[0]}", bigrams, spot))
                {
                    Report(diagnostics, document, n, index, 4, "doubled-text", $"'{pair}' is written twice in a row",
                        pair + pair, pair, "remove the repetition (an OCR or copy-paste slip, like 亮化亮化)");
                }
            }

            for (var i = 1; i + 1 < line.Length; i++)
            {
                var c = line[i];
                if (c != line[i + 1] || !IsChinese(c) || !IsChinese(line[i - 1]) || Reduplications.Contains($"{c}{c}") || Numerals.Contains(c))
                {
                    continue;
                }

                // 日报报道 is 日报 + 报道: the second half is a word. 检修修事 is not (修事 is no word): a doubled 修.
                var before = $"{line[i - 1]}{c}";
                var after = i + 2 < line.Length ? $"{c}{line[i + 2]}" : "";
                var spot = line.Substring(i - 1, Math.Min(4, line.Length - i + 1));
                var twoWords = after.Length == 2 && IsWord(after, bigrams, spot);
                if (!twoWords && !(i >= 2 && line[i - 2] == c) && !(i + 2 < line.Length && line[i + 2] == c))
                {
                    Report(diagnostics, document, n, i, 2, "doubled-text", $"the character '{c}' is doubled in '{spot}'",
                        spot, before + (after.Length == 2 ? after[1..] : ""), "remove one of the two (an OCR slip, like 检修修), unless two words meet here");
                }
            }
        }
    }

    private static void HalfWidthPunctuation(Document document, DiagnosticBag diagnostics)
    {
        var lines = document.Body.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = LinksAndCode().Replace(lines[n], m => new string(' ', m.Length));
            if (line.TrimStart().StartsWith('|'))
            {
                line = line.Replace('|', ' ');
            }

            var m = HalfWidthNextToChinese().Match(line);
            if (m.Success)
            {
                var full = m.Value switch { "," => "，", ";" => "；", ":" => "：", "!" => "！", "?" => "？", "(" => "（", ")" => "）", _ => "“”" };
                Report(diagnostics, document, n, m.Index, 1, "half-width-punctuation", $"half-width '{m.Value}' in Chinese text",
                    m.Value, full, "use full-width punctuation in Chinese text (，；：（）“”)");
            }
        }
    }

    private static Dictionary<string, int> Bigrams(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (IsChinese(text[i]) && IsChinese(text[i + 1]) && text[i] != text[i + 1])
                {
                    var pair = text.Substring(i, 2);
                    counts[pair] = counts.GetValueOrDefault(pair) + 1;
                }
            }
        }

        return counts;
    }

    /// <summary>A pair is a word when it is a common word, or the site uses it somewhere other than the spot
    /// being judged (the doubling itself creates pairs: 美化亮化亮化 contains 化亮 twice).</summary>
    private static bool IsWord(string pair, Dictionary<string, int> counts, string spot) =>
        CommonWords.Contains(pair) || counts.GetValueOrDefault(pair) - Occurrences(spot, pair) >= 1;

    private static int Occurrences(string text, string pair)
    {
        var n = 0;
        for (var at = text.IndexOf(pair, StringComparison.Ordinal); at >= 0; at = text.IndexOf(pair, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private static void Report(DiagnosticBag diagnostics, Document document, int lineIndex, int column, int length, string code, string message, string found, string expected, string hint) =>
        diagnostics.Warning(code, new SourceLocation(document.File, document.BodyLine + lineIndex, column + 1, length), message, found: found, expected: expected, hint: hint);

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
