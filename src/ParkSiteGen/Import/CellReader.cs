using System.Globalization;
using System.Text.RegularExpressions;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Import;

/// <summary>A value read from a cell, in its indicator's unit.</summary>
/// <param name="Corrected">The cell says it corrects the figure ("8.9（更正）").</param>
/// <param name="Conversion">How the cell's value became this one, when it did ("87,000万元 = 8.7亿元").</param>
public sealed record CellValue(decimal Value, Qualifier Qualifier, bool Corrected, string? Conversion);

/// <summary>Why a cell could not be read: what it holds, what was expected there, how to fix it.</summary>
public sealed record CellProblem(string Found, string Expected, string Hint);

/// <summary>Reads a cell the way people type figures: 8.7, "1,234.5", full-width １２３, a unit in the cell (8.7亿元,
/// 1.2万), a qualifier (5个以上, 逾10亿元, 约1.2万, 50余家), a percentage (6.5%, or a cell Excel formats as one).
/// A value in another power of ten of the indicator's unit (万元 for 亿元) is converted exactly, in decimal, and the
/// conversion is said.</summary>
public static partial class CellReader
{
    private static readonly (string Word, Qualifier Qualifier)[] Prefixes =
    [
        ("约为", Qualifier.About), ("大约", Qualifier.About), ("约", Qualifier.About), ("approximately", Qualifier.About), ("about", Qualifier.About),
        ("将近", Qualifier.Nearly), ("接近", Qualifier.Nearly), ("近", Qualifier.Nearly), ("nearly", Qualifier.Nearly), ("almost", Qualifier.Nearly),
        ("超过", Qualifier.MoreThan), ("多于", Qualifier.MoreThan), ("大于", Qualifier.MoreThan), ("逾", Qualifier.MoreThan), ("超", Qualifier.MoreThan),
        ("morethan", Qualifier.MoreThan), (">=", Qualifier.AtLeast), ("≥", Qualifier.AtLeast), (">", Qualifier.MoreThan),
        ("atleast", Qualifier.AtLeast), ("over", Qualifier.Over),
    ];

    private static readonly (string Word, Qualifier Qualifier)[] Suffixes =
    [
        ("及以上", Qualifier.AtLeast), ("以上", Qualifier.AtLeast), ("ormore", Qualifier.AtLeast), ("左右", Qualifier.About),
    ];

    /// <summary>Growth typed as words: 增长6.5%, 下降3.2%.</summary>
    private static readonly (string Word, int Sign)[] Directions = [("增长", 1), ("增加", 1), ("上升", 1), ("下降", -1), ("减少", -1)];

    private static readonly string[] Blanks = ["", "-", "--", "—", "——", "/", "…", "...", "n/a", "na", "无", "空"];

    private static readonly UnitScales.Scale PercentScale = new(UnitScales.Measure.Percent, 0, "%");

    [GeneratedRegex(@"^([-+]?)([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|\.[0-9]+)(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberThenRest();

    /// <summary>A figure's value; null when the cell is empty (and <paramref name="problem"/> null) or cannot be read.</summary>
    /// <param name="columnUnit">The unit the column or the row states (its header's "（万元）", the 单位 column), normalized.</param>
    public static CellValue? Value(SheetCell cell, UnitScales.Scale target, string? columnUnit, out CellProblem? problem) =>
        Checked(cell, target, columnUnit, growth: false, out problem);

    /// <summary>A reported year-on-year growth, in percent.</summary>
    public static decimal? Growth(SheetCell cell, out CellProblem? problem) =>
        Checked(cell, PercentScale, "%", growth: true, out problem)?.Value;

    /// <summary>A number beyond what a decimal holds (29 digits), typed or reached by a conversion, is a cell's problem.</summary>
    private static CellValue? Checked(SheetCell cell, UnitScales.Scale target, string? columnUnit, bool growth, out CellProblem? problem)
    {
        try
        {
            return Read(cell, target, columnUnit, growth, out problem);
        }
        catch (OverflowException)
        {
            problem = new CellProblem(Quote(cell.Text), Expected(target, growth), "the number is far too large for a figure: check the cell and its unit");
            return null;
        }
    }

    private static CellValue? Read(SheetCell cell, UnitScales.Scale target, string? columnUnit, bool growth, out CellProblem? problem)
    {
        problem = null;
        if (cell.Number is { } number)
        {
            return cell.Percent
                ? InUnit(number * 100, Qualifier.None, false, "%", target, cell, out problem, $"{Show(number)} formatted as a percentage = {Show(number * 100)}%")
                : InUnit(number, Qualifier.None, false, columnUnit ?? "", target, cell, out problem);
        }

        var text = SheetText.Normalize(cell.Text);
        if (Blanks.Contains(text))
        {
            return null;
        }

        var corrected = false;
        foreach (var word in SheetWords.Correction.Select(SheetText.Normalize))
        {
            if (text.EndsWith("(" + word + ")", StringComparison.Ordinal) || text.EndsWith("[" + word + "]", StringComparison.Ordinal))
            {
                corrected = true;
                text = text[..^(word.Length + 2)];
            }
        }

        var qualifiers = new List<Qualifier>();
        var sign = 1;
        if (growth && Directions.FirstOrDefault(d => text.StartsWith(d.Word, StringComparison.Ordinal)) is { Word: not null } direction)
        {
            sign = direction.Sign;
            text = text[direction.Word.Length..];
        }

        if (Prefixes.FirstOrDefault(p => text.StartsWith(p.Word, StringComparison.Ordinal)) is { Word: not null } prefix)
        {
            qualifiers.Add(prefix.Qualifier);
            text = text[prefix.Word.Length..];
        }

        if (target.Measure == UnitScales.Measure.Rank && text.StartsWith('第'))
        {
            text = text[1..];
        }

        if (Suffixes.FirstOrDefault(s => text.EndsWith(s.Word, StringComparison.Ordinal)) is { Word: not null } suffix)
        {
            qualifiers.Add(suffix.Qualifier);
            text = text[..^suffix.Word.Length];
        }

        var match = NumberThenRest().Match(text);
        if (!match.Success)
        {
            problem = new CellProblem(Quote(cell.Text), Expected(target, growth),
                text.Any(char.IsAsciiDigit) ? "write the number with digits, a point for decimals and commas only between thousands (1,234.5)"
                    : "type the figure as a number; leave the cell empty where there is none");
            return null;
        }

        if (match.Groups[3].Value is [',' or '.', ..] badNumber && badNumber.Any(char.IsAsciiDigit))
        {
            problem = new CellProblem(Quote(cell.Text), Expected(target, growth),
                "write the number with a point for decimals and commas only between thousands (1,234.5), or check for a doubled point");
            return null;
        }

        var value = decimal.Parse(match.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        value *= sign * (match.Groups[1].Value == "-" ? -1 : 1);
        var rest = match.Groups[3].Value;

        // 50余家, 1万余家, 3千多个: 余 or 多 after the number or its multiplier.
        foreach (var lead in new[] { "", "万", "亿", "千", "百" })
        {
            if (rest.StartsWith(lead + "余", StringComparison.Ordinal) || rest.StartsWith(lead + "多", StringComparison.Ordinal))
            {
                qualifiers.Add(Qualifier.Over);
                rest = lead + rest[(lead.Length + 1)..];
                break;
            }
        }

        if (qualifiers.Count > 1 || (growth && qualifiers.Count > 0))
        {
            problem = new CellProblem(Quote(cell.Text), growth ? "a growth rate in percent, without 约/超过/以上" : "a number with one qualifier at most",
                growth ? "write the reported rate alone (6.5 or 6.5%)" : "keep the qualifier of the source (约, 超过, 以上, 余, 近) once");
            return null;
        }

        return InUnit(value, qualifiers.Count == 1 ? qualifiers[0] : Qualifier.None, corrected, rest.Length > 0 ? rest : columnUnit ?? "", target, cell, out problem);
    }

    private static CellValue? InUnit(decimal value, Qualifier qualifier, bool corrected, string unitWords, UnitScales.Scale target, SheetCell cell, out CellProblem? problem,
        string? conversion = null)
    {
        problem = null;
        if (UnitScales.Parse(unitWords, target) is not { } scale)
        {
            problem = new CellProblem(Quote(cell.Text), Expected(target, target == PercentScale),
                $"'{unitWords}' is not a unit ParkSiteGen knows; write the number alone in {target.Words}, or with a unit such as 亿元, 万元, 万吨 or %");
            return null;
        }

        if (scale.Measure != target.Measure)
        {
            problem = new CellProblem(Quote(cell.Text) + (cell.Text.Contains(unitWords, StringComparison.Ordinal) ? "" : $" (the column's unit: {unitWords})"),
                Expected(target, target == PercentScale),
                $"{scale.Words} and {target.Words} measure different things: check that the figure is in the right row or column");
            return null;
        }

        if (scale.Power != target.Power)
        {
            var converted = Numbers.Normalize(UnitScales.Convert(value, scale, target));
            conversion = $"{Show(value)}{scale.Words} = {Show(converted)}{target.Words}";
            value = converted;
        }

        if (target.Measure is UnitScales.Measure.Count or UnitScales.Measure.Rank or UnitScales.Measure.Months && value != decimal.Truncate(value))
        {
            problem = new CellProblem(Quote(cell.Text) + (conversion is null ? "" : $" ({conversion})"), $"a whole number of {target.Words}",
                "a count has no fractions: check the cell, or the unit it is in");
            return null;
        }

        return new CellValue(Numbers.Normalize(value), qualifier, corrected, conversion);
    }

    private static string Expected(UnitScales.Scale target, bool growth) =>
        growth ? "a growth rate in percent (6.5, 6.5% or -3.2)" : $"a number in {target.Words} (8.7, 1,234.5, 8.7{target.Words}, 约8.7)";

    private static string Quote(string text) => $"'{text}'";

    private static string Show(decimal value) => Numbers.Grouped(Numbers.Normalize(value));
}
