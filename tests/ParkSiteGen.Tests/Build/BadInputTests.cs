using System.Text;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>Broken content, one mistake at a time, the way editors make them. Each case checks the exit code,
/// that the message names the file and line (or the file, for a missing or misnamed one), says what is wrong,
/// prints no stack trace, and that the previous output is untouched.</summary>
[Collection(FixtureSiteCollection.Name)]
public class BadInputTests(FixtureSiteBuild built)
{
    private const string Site = "content/site.yml";
    private const string Indicators = "content/indicators.yml";
    private const string Alpha = "content/parks/alpha-edz/park.yml";
    private const string Data2021 = "content/parks/alpha-edz/2021/data.yml";
    private const string Beta2023 = "content/parks/beta-etdz/2023/data.yml";
    private const string BulletinZh = "content/parks/alpha-edz/2021/bulletin.zh.md";
    private const string BulletinEn = "content/parks/alpha-edz/2021/bulletin.en.md";
    private const string ProfileEn = "content/parks/alpha-edz/profile.en.md";

    /// <param name="File">The file the message must name.</param>
    /// <param name="LineOf">Text of the line the message must point at, found in the broken file; null for a file-level problem.</param>
    /// <param name="Message">A part of the message (or hint) that says what is wrong.</param>
    public sealed record Case(string Name, Action<string> Break, string File, string? LineOf, string Message, string[]? Extra = null);

    internal static readonly Case[] Cases =
    [
        // site.yml
        new("site yaml unclosed bracket", s => Replace(s, Site, "languages: [zh, en]", "languages: [zh, en"), Site, "languages:", "never closed"),
        new("site yaml tab indentation", s => Replace(s, Site, "  icp:", "\ticp:"), Site, "\ticp:", "tab"),
        new("site unknown key with suggestion", s => Replace(s, Site, "title:", "titel:"), Site, "titel:", "did you mean 'title'"),
        new("site unsupported language", s => Replace(s, Site, "languages: [zh, en]", "languages: [cn, en]"), Site, "languages:", "did you mean 'zh'"),
        new("site base url not a url", s => Replace(s, Site, "base_url: https://parks.example.org/", "base_url: parks.example.org"), Site, "base_url:", "absolute http(s) address"),
        new("site bool written yes", s => Replace(s, Site, "allow_html: false", "allow_html: yes"), Site, "allow_html:", "true or false"),
        new("site title missing", s => Replace(s, Site, "title: { zh: 测试园区之窗, en: Test Parks Portal }\n", ""), Site, "description:", "needs 'title'"),
        new("site photo widths out of order", s => Append(s, Site, "photos: { widths: [960, 480] }\n"), Site, "photos:", "smallest width to the largest"),
        new("site photo quality out of range", s => Append(s, Site, "photos: { quality: 150 }\n"), Site, "quality: 150", "100"),
        new("site title in unknown language", s => Replace(s, Site, "en: Test Parks Portal", "fr: Portail"), Site, "title:", "'fr' is not a language of this site"),

        // indicators.yml
        new("indicator unit misspelt", s => Replace(s, Indicators, "unit: usd_10k", "unit: usd_10K"), Indicators, "unit: usd_10K", "did you mean 'usd_10k'"),
        new("indicator unit unknown", s => Replace(s, Indicators, "unit: mu\n", "unit: hectare\n"), Indicators, "unit: hectare", "must be one of"),
        new("indicator defined twice", s => Replace(s, Indicators, "- key: tax_revenue", "- key: total_revenue"), Indicators, "- key: total_revenue\n  name: { zh: 税收", "defined twice"),
        new("indicator key with capitals", s => Replace(s, Indicators, "- key: zinc_output", "- key: Zinc-Output"), Indicators, "Zinc-Output", "lowercase letters"),
        new("indicator direction not a bool", s => Replace(s, Indicators, "unit: rank\n  higher_is_better: false", "unit: rank\n  higher_is_better: lower"), Indicators, "higher_is_better: lower", "true or false"),
        new("indicator without name", s => Replace(s, Indicators, "  name: { zh: 税收, en: Tax revenue }\n", ""), Indicators, "- key: tax_revenue", "needs 'name'"),
        new("indicator counter on money", s => Replace(s, Indicators, "  unit: cny_100m\n  higher_is_better: true\n  category: scale", "  unit: cny_100m\n  counter: 个\n  higher_is_better: true\n  category: scale"), Indicators, "counter: 个", "only applies to the units count and enterprises"),

        // park.yml
        new("park unknown key with suggestion", s => Replace(s, Alpha, "level: provincial", "levle: provincial"), Alpha, "levle:", "did you mean 'level'"),
        new("park level not allowed", s => Replace(s, Alpha, "level: provincial", "level: municipal"), Alpha, "level: municipal", "national, provincial"),
        new("park area with decimal comma", s => Replace(s, Alpha, "area_km2: 8.79", "area_km2: 8,79"), Alpha, "area_km2:", "must be a number"),
        new("park honor year in words", s => Replace(s, Alpha, "  - year: 2022", "  - year: twenty"), Alpha, "year: twenty", "must be a number"),
        new("park industries not a list", s => Replace(s, Alpha, "industries:\n  - { zh: 有色金属, en: Non-ferrous metals }\n  - { zh: 新材料, en: New materials }", "industries: 有色金属"), Alpha, "industries:", "must be a list"),
        new("park key twice", s => Replace(s, Alpha, "level: provincial", "level: provincial\nlevel: national"), Alpha, "level: national", "appears twice"),
        new("park website not http", s => Replace(s, Alpha, "established: 2006", "established: 2006\nwebsite: ftp://example.org/"), Alpha, "website:", "http(s)"),
        new("park name in unknown language code", s => Replace(s, Alpha, "en: Alpha Economic Development Zone", "cn: 阿尔法"), Alpha, "name:", "'cn' is not a language"),

        // data.yml
        new("data unknown indicator with suggestion", s => Replace(s, Data2021, "  tax_revenue: { value: 8.7", "  tax_revenu: { value: 8.7"), Data2021, "tax_revenu:", "did you mean 'tax_revenue'"),
        new("data value with unit", s => Replace(s, Data2021, "fixed_asset_investment: 52", "fixed_asset_investment: 52亿元"), Data2021, "fixed_asset_investment: 52亿元", "write the number only"),
        new("data qualifier unknown", s => Replace(s, Data2021, "new_high_tech_enterprises: { value: 30, qualifier: at_least }", "new_high_tech_enterprises: { value: 30, qualifier: above }"), Data2021, "qualifier: above", "at_least"),
        new("data yoy on a target", s => Replace(s, Data2021, "  total_revenue: 500", "  total_revenue: { value: 500, yoy: 26 }"), Data2021, "value: 500, yoy", "a target has no year-on-year growth"),
        new("data target for a past year", s => Replace(s, Data2021, "year: 2025", "year: 2020"), Data2021, "year: 2020", "must be for a later year"),
        new("data out-of on a non-rank", s => Replace(s, Data2021, "fixed_asset_investment: 52", "fixed_asset_investment: { value: 52, of: 100 }"), Data2021, "of: 100", "only applies to ranks"),
        new("data rank beyond the total", s => Replace(s, Data2021, "of: 143", "of: 10"), Data2021, "of: 10", "lower than the number ranked"),
        new("data value with a digit held down", s => Replace(s, Data2021, "fixed_asset_investment: 52", "fixed_asset_investment: 5222222222222222222222"), Data2021, "fixed_asset_investment: 5222", "at most 15 digits before the decimal point"),
        new("data value with 28 decimals", s => Replace(s, Beta2023, "investment_attracted: 115", "investment_attracted: 0.0000000000000000000000000001"), Beta2023, "investment_attracted: 0.0000", "at most 6 digits after the decimal point"),
        new("data rank total beyond a whole number", s => Replace(s, Data2021, "of: 143", "of: 999999999999999"), Data2021, "of: 999999999999999", "a whole number from 1 to 2147483647"),
        new("data count not whole", s => Replace(s, Beta2023, "new_high_tech_enterprises: 9", "new_high_tech_enterprises: 9.5"), Beta2023, "new_high_tech_enterprises: 9.5", "whole number"),
        new("data status unknown", s => Replace(s, Beta2023, "status: as_of", "status: planned"), Beta2023, "status: planned", "must be one of"),
        new("data as-of without its date", s => Replace(s, Beta2023, ", period: { zh: 2023年底, en: end of 2023 }", ""), Beta2023, "monitoring_devices:", "needs 'period'"),
        new("data missing space after colon", s => Replace(s, Data2021, "  fixed_asset_investment: 52", "  fixed_asset_investment:52"), Data2021, "fixed_asset_investment:52", "YAML syntax error"),
        new("data two documents", s => Append(s, Data2021, "---\nindicators: {}\n"), Data2021, "---", "more than one YAML document"),
        new("data results under a misnamed section", s => Replace(s, Beta2023, "indicators:", "results:"), Beta2023, "results:", "results go under 'indicators:'"),
        new("data brackets nested 100,000 deep", s => Replace(s, Data2021, "fixed_asset_investment: 52", "fixed_asset_investment: " + new string('[', 100_000)), Data2021, "fixed_asset_investment: [[[", "nested more than 64 levels deep"),
        new("data dashes nested 50,000 deep", s => Replace(s, Data2021, "highlights:\n  - {", "highlights:\n  " + string.Concat(Enumerable.Repeat("- ", 50_000)) + "{"), Data2021, "  - - - -", "nested more than 64 levels deep"),
        new("data source in unknown language", s => Replace(s, Beta2023, "en: \"Hengyang Daily, January 5, 2024\"", "fr: Quotidien"), Beta2023, "  - { zh: 衡阳日报 2024", "'fr' is not a language"),

        // Markdown front matter
        new("bulletin without front matter", s => Write(s, BulletinEn, "## Economic indicators\n\nText.\n"), BulletinEn, "## Economic", "does not start with front matter"),
        new("bulletin front matter never closed", s => Replace(s, BulletinEn, "summary: Total revenue reached 39.6 billion yuan, up 20 percent year on year.\n---", "summary: Total revenue reached 39.6 billion yuan, up 20 percent year on year."), BulletinEn, "---", "never closed"),
        new("bulletin front matter key misspelt", s => Replace(s, BulletinEn, "title: 2021 Annual Review", "tittle: 2021 Annual Review"), BulletinEn, "tittle:", "did you mean 'title'"),
        new("bulletin date written in chinese", s => Replace(s, BulletinZh, "date: 2022-02-22", "date: 2022年2月22日"), BulletinZh, "date:", "not 2022年2月22日"),
        new("bulletin draft not a bool", s => Replace(s, BulletinEn, "date: 2022-02-22", "date: 2022-02-22\ndraft: maybe"), BulletinEn, "draft: maybe", "true or false"),
        new("bulletin title empty", s => Replace(s, BulletinEn, "title: 2021 Annual Review", "title: \" \""), BulletinEn, "title: \" \"", "the title is empty"),
        new("bulletin title with a colon", s => Replace(s, BulletinEn, "title: 2021 Annual Review", "title: Review: 2021"), BulletinEn, "title: Review: 2021", "double quotes"),

        // Markdown links
        new("link leaving the content folder", s => Append(s, BulletinEn, "\nSee [the passwords](../../../../../../etc/passwd).\n"), BulletinEn, "the passwords", "leads outside the content folder"),
        new("image that does not exist", s => Replace(s, ProfileEn, "images/gate.svg", "images/gaet.svg"), ProfileEn, "gaet.svg", "did you mean 'gate.svg'"),
        new("image through a symbolic link out of content", s => LinkOut(s, "content/parks/alpha-edz/images/secret.png", "\n![secret](images/secret.png)\n"), ProfileEn, "![secret]", "through a symbolic link"),
        new("link to a local file url", s => Append(s, BulletinZh, "\n[文件](file:///etc/passwd)\n"), BulletinZh, "file:///etc/passwd", "'file:' scheme"),
        new("link with javascript", s => Append(s, BulletinZh, "\n[点我](javascript:alert(1))\n"), BulletinZh, "javascript:", "'javascript:' scheme"),
        new("link with a windows path", s => Append(s, BulletinEn, "\n![gate](C:\\Users\\editor\\gate.png)\n"), BulletinEn, "C:\\Users", "Windows file path"),
        new("link to a draft page", s => Append(s, BulletinEn, "\nSee [Beta 2024](../../beta-etdz/2024/bulletin.en.md).\n"), BulletinEn, "Beta 2024", "not published"),

        // Markdown nested beyond Markdig's limits: its parser's (quotes), and its HTML renderer's (emphasis)
        new("bulletin with a line of 100,000 '>'", s => Append(s, BulletinEn, "\n" + new string('>', 100_000) + " x\n"), BulletinEn, ">>>>>>>>", "nested too deeply"),
        new("bulletin with emphasis nested 50,000 deep", s => Append(s, BulletinEn, "\n" + new string('*', 100_000) + "x" + new string('*', 100_000) + "\n"), BulletinEn, "********", "nested too deeply"),

        // Control characters made by a YAML escape (those in the file itself are dropped with a warning when it is read)
        new("bulletin title with a NUL escape", s => Replace(s, BulletinEn, "title: 2021 Annual Review", "title: \"2021 \\u0000Annual Review\""), BulletinEn, "title: \"2021", "invisible control character (U+0000, NUL)"),
        new("site title with an ESC escape", s => Replace(s, Site, "en: Test Parks Portal", "en: \"Test \\e Portal\""), Site, "title:", "invisible control character (U+001B, escape)"),

        new("bulletin with a character reference to a control character", s => Append(s, BulletinEn, "\nA manual line break&#x0B;from Word.\n"), BulletinEn, "A manual line break", "the character reference &#x0B; stands for an invisible control character"),

        // Encodings
        new("bulletin saved as GBK", s => SaveAs(s, BulletinZh, Encoding.GetEncoding(936)), BulletinZh, "title:", "GBK"),
        new("park saved as UTF-16", s => SaveAs(s, Alpha, Encoding.Unicode), Alpha, null, "UTF-16"),

        // Files and folders
        new("year folder that is not a year", s => Directory.Move(Path.Combine(s, "content/parks/alpha-edz/2022"), Path.Combine(s, "content/parks/alpha-edz/2022年")), "content/parks/alpha-edz/2022年/", null, "rename it to '2022'"),
        new("year folder beyond 2100", s => Directory.Move(Path.Combine(s, "content/parks/alpha-edz/2022"), Path.Combine(s, "content/parks/alpha-edz/2202")), "content/parks/alpha-edz/2202/", null, "a year from 1949 to 2100: is '2202' mistyped?"),
        new("park without park.yml", s => File.Delete(Path.Combine(s, "content/parks/beta-etdz/park.yml")), "content/parks/beta-etdz/park.yml", null, "is missing"),
        new("park.yml misnamed park.yaml", s => File.Move(Path.Combine(s, Alpha), Path.Combine(s, "content/parks/alpha-edz/park.yaml")), Alpha, null, "rename park.yaml to park.yml"),
        new("data.yml misnamed Data.yml", s => File.Move(Path.Combine(s, Data2021), Path.Combine(s, "content/parks/alpha-edz/2021/Data.yml")), Data2021, null, "rename Data.yml to data.yml"),
        new("year without data.yml", s => File.Delete(Path.Combine(s, Beta2023)), Beta2023, null, "is missing"),
        new("park folder not a slug", s => Directory.Move(Path.Combine(s, "content/parks/beta-etdz"), Path.Combine(s, "content/parks/Beta ETDZ")), "content/parks/Beta ETDZ/", null, "rename the folder to 'beta-etdz'"),
        new("two folders with one slug", s => TempDir.CopyTree(Path.Combine(s, "content/parks/alpha-edz"), Path.Combine(s, "content/parks/Alpha-EDZ")), "content/parks/alpha-edz/", null, "same URL slug 'alpha-edz'"),
        new("site.yml empty", s => Write(s, Site, "# nothing yet\n"), Site, null, "is empty"),
        new("missing translation under strict", _ => { }, "content/parks/alpha-edz/2022/bulletin.en.md", null, "not translated", ["--strict"]),
    ];

    public static TheoryData<string> Names => new(Cases.Select(c => c.Name));

    [Fact]
    public void There_are_at_least_thirty_cases_that_point_at_a_line()
    {
        Assert.True(Cases.Count(c => c.LineOf is not null) >= 30);
        Assert.Equal(Cases.Length, Cases.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Broken_content_is_reported_precisely_and_publishes_nothing(string name)
    {
        var @case = Cases.Single(c => c.Name == name);
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        var output = temp["public"];
        TempDir.CopyTree(built.Output, output);
        var before = Tree.Hashes(output);

        @case.Break(site);
        var result = Parksitegen.Run(["build", site, "--out", output, "--no-search", .. @case.Extra ?? []]);

        Assert.True(result.ExitCode == 1, $"expected exit 1\n{result}");
        var where = @case.LineOf is null ? @case.File : $"{@case.File}:{LineNumber(Path.Combine(site, @case.File), @case.LineOf)}:";
        Assert.True(result.Stderr.Contains(where, StringComparison.Ordinal), $"expected '{where}' in the report\n{result}");
        Assert.True(result.Stderr.Contains(@case.Message, StringComparison.Ordinal), $"expected '{@case.Message}' in the report\n{result}");
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("Exception", result.Stderr);
        Assert.Equal(before, Tree.Hashes(output));
    }

    [Fact]
    public void All_problems_are_listed_not_just_the_first()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Replace(site, Site, "allow_html: false", "allow_html: yes");
        Replace(site, Alpha, "level: provincial", "levle: provincial");
        Replace(site, Data2021, "  tax_revenue: { value: 8.7", "  tax_revenu: { value: 8.7");

        var result = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Site, result.Stderr);
        Assert.Contains(Alpha, result.Stderr);
        Assert.Contains(Data2021, result.Stderr);
        Assert.Contains("3 errors", result.Stderr);
    }

    [Fact]
    public void The_report_quotes_the_line_and_marks_the_spot()
    {
        using var temp = new TempDir();
        var site = temp.CopySite("basic-site");
        Replace(site, Data2021, "  tax_revenue: { value: 8.7", "  tax_revenu: { value: 8.7");

        var report = Parksitegen.Run("build", site, "--out", temp["public"], "--no-search").Stderr;

        Assert.Contains("error[unknown-indicator]: content/parks/alpha-edz/2021/data.yml:3:3:", report);
        Assert.Contains("  3 |   tax_revenu: { value: 8.7, yoy: 16 }", report);
        Assert.Contains("    |   ^^^^^^^^^^", report);
        Assert.Contains("hint:     did you mean 'tax_revenue'?", report);
    }

    private static int LineNumber(string file, string text)
    {
        var content = File.ReadAllText(file).Replace("\r\n", "\n");
        var index = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{text}' is not in {file}");
        return content[..index].Count(c => c == '\n') + 1;
    }

    internal static void Replace(string site, string file, string old, string replacement)
    {
        var path = Path.Combine(site, file);
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"'{old}' is not in {file}");
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>A symbolic link at <paramref name="link"/> to a file of the site folder outside content/, and text
    /// appended to the English profile that shows it.</summary>
    private static void LinkOut(string site, string link, string text)
    {
        File.WriteAllText(Path.Combine(site, "secret.txt"), "not for publishing");
        File.CreateSymbolicLink(Path.Combine(site, link), Path.Combine(site, "secret.txt"));
        Append(site, ProfileEn, text);
    }

    private static void Append(string site, string file, string text) => File.AppendAllText(Path.Combine(site, file), text);

    private static void Write(string site, string file, string text) => File.WriteAllText(Path.Combine(site, file), text);

    private static void SaveAs(string site, string file, Encoding encoding)
    {
        var path = Path.Combine(site, file);
        var text = File.ReadAllText(path);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
    }

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
