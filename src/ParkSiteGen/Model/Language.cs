namespace ParkSiteGen.Model;

/// <summary>A site language. The generator knows how to write figures in these two; the theme's
/// i18n bundles supply the interface words.</summary>
public sealed record Language(string Code)
{
    public static readonly Language Zh = new("zh");
    public static readonly Language En = new("en");

    public static IReadOnlyList<Language> Supported { get; } = [Zh, En];

    /// <summary>The BCP 47 tag for html lang and hreflang (content format: zh -> zh-CN).</summary>
    public string HtmlLang => Code == "zh" ? "zh-CN" : Code;

    public bool IsChinese => Code == "zh";

    public static Language? Find(string code) => Supported.FirstOrDefault(l => l.Code == code);

    /// <summary>The code an editor probably meant: "cn", "zh-CN" or "chs" mean zh, not the nearest spelling (en).</summary>
    public static string? Suggest(string code, IEnumerable<Language> among)
    {
        var meant = code.ToLowerInvariant().Replace('_', '-') switch
        {
            "cn" or "zh-cn" or "zh-hans" or "chs" or "chinese" or "中文" => "zh",
            "eng" or "en-us" or "en-gb" or "english" or "英文" => "en",
            _ => Diagnostics.Suggestions.Closest(code, among.Select(l => l.Code)),
        };
        return meant is not null && among.Any(l => l.Code == meant) ? $"did you mean '{meant}'?" : null;
    }

    public override string ToString() => Code;
}
