using System.Text;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Import;

/// <summary>Sheets broken at random, as pasting and retyping break them: `import` ends with exit 0 or 1, never a crash
/// (exit 3) or an exception. Case N is <c>new Random(N)</c>; CI runs 0-599, PARKSITEGEN_IMPORT_FUZZ_COUNT=N runs more.</summary>
public sealed class ImportFuzzTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string _site;

    public ImportFuzzTests() => _site = _temp.CopySite("basic-site");

    public void Dispose() => _temp.Dispose();

    private const string Ranking = "2023年全省园区主要经济指标\r\n序号,园区名称,税收（亿元）,税收增速(%),新增高新技术企业（家）\r\n"
        + "1,阿尔法经开区,9.1,4.6,35\r\n2,贝塔经济技术开发区,\"1,234.5\",,约9\r\n";

    private const string Report = "园区,阿尔法经开区\r\n年份,2023\r\n指标名称,单位,本年,同比增长(%),备注\r\n"
        + "技工贸总收入,亿元,520,8.3,\r\n税收,万元,\"87,000\",,更正\r\n新增高新技术企业,家,40家以上,,\r\n";

    // What people type into cells, and what pasting brings along.
    private static readonly string[] Pieces =
    [
        ",", "\"", "\r\n", "\n", "９", "．", "，", "%", "％", "亿元", "万", "以上", "逾", "约", "余", "-", "—", "(更正)", "e", ".", "..",
        "99999999999999999999999999999999", "0.000000000000000000000000001", "第", "名", "\t", " ", "\u3000", "\uFEFF", "年", "2023年", "园区",
    ];

    [Fact]
    public void Randomly_broken_sheets_end_in_a_report_never_a_crash()
    {
        var seen = new HashSet<int>();
        var count = int.TryParse(Environment.GetEnvironmentVariable("PARKSITEGEN_IMPORT_FUZZ_COUNT"), out var n) ? n : 600;
        for (var seed = 0; seed < count; seed++)
        {
            var random = new Random(seed);
            var text = new StringBuilder(seed % 2 == 0 ? Ranking : Report);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(3))
                {
                    case 0:
                        text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                        break;
                    case 1:
                        text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 6), text.Length - Math.Min(at, text.Length - 1)));
                        break;
                    default:
                        text.Insert(at, (char)random.Next(0x20, 0x9FFF));
                        break;
                }
            }

            var file = _temp[$"case{seed}.csv"];
            File.WriteAllText(file, text.ToString(), seed % 3 == 0 ? Encoding.UTF8 : new UTF8Encoding(false));
            var result = Parksitegen.Run("import", file, "--site", _site);
            Assert.True(result.ExitCode is 0 or 1, $"seed {seed}: {result}\n--- the sheet\n{text}");
            Assert.DoesNotContain("internal error", result.Stderr);
            seen.Add(result.ExitCode);
        }

        // Both outcomes happen: the cases are neither all broken beyond reading nor all harmless.
        Assert.Equal([0, 1], seen.Order());
    }
}
