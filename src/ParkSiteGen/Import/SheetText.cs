using System.Text;

namespace ParkSiteGen.Import;

/// <summary>Text of a cell the way it is compared: full-width letters, digits and signs (Ｈ１２３，．％（）) as their
/// ASCII forms, the minus sign as '-', no spaces at all, letters in lower case. Office staff type on Chinese input
/// methods, where full-width digits and commas come as easily as ASCII ones.</summary>
public static class SheetText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var ascii = c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u2212' or '\u2013' or '\uFE63' => '-',
                '\u3002' => '.', // 。 typed for a decimal point
                _ => c,
            };
            if (!char.IsWhiteSpace(ascii) && ascii != '\u200B' && ascii != '\uFEFF')
            {
                sb.Append(char.ToLowerInvariant(ascii));
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether a header cell names a column of <paramref name="words"/>: it starts with one of them
    /// ("本年 2024" is a 本年 column, "同比增长(%)" a 同比 one).</summary>
    public static bool StartsWithAny(string normalized, IEnumerable<string> words) =>
        words.Any(w => normalized.StartsWith(Normalize(w), StringComparison.Ordinal));
}
