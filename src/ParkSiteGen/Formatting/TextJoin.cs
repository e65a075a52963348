using ParkSiteGen.Model;

namespace ParkSiteGen.Formatting;

/// <summary>Joining words the way each language does: 有色金属、新材料 / non-ferrous metals, new materials.</summary>
public static class TextJoin
{
    public static string List(IEnumerable<string> items, Language language) =>
        string.Join(language.IsChinese ? "、" : ", ", items);

    /// <summary>湖南省衡阳市 / Hengyang, Hunan.</summary>
    public static string Place(string province, string city, Language language) =>
        language.IsChinese ? province + city : $"{city}, {province}";

    /// <summary>Two phrases side by side: 累计，2014–2018 / cumulative, 2014–2018.</summary>
    public static string Clauses(IEnumerable<string?> parts, Language language) =>
        string.Join(language.IsChinese ? "，" : ", ", parts.Where(p => !string.IsNullOrEmpty(p)));
}
