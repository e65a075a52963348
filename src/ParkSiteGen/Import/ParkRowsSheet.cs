using System.Text.RegularExpressions;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Import;

/// <summary>The second shape: many parks, indicators as columns, as in a province-wide ranking table (全省园区排名表).
/// A header row with a park column (园区名称) and indicator columns, each with its unit in brackets ("税收（亿元）");
/// a column "税收增速(%)" or "税收同比增长" holds that indicator's growth. One row per park, by its Chinese or English
/// name, short name or slug. The year comes from the title ("2024年全省园区主要指标") or --year.</summary>
public static partial class ParkRowsSheet
{
    /// <param name="Unit">The unit in the header's brackets, normalized; null when it has none.</param>
    /// <param name="Growth">The column holds the indicator's year-on-year growth, not its value.</param>
    public sealed record Column(int Index, Indicator Indicator, string? Unit, bool Growth);

    private static readonly string[] GrowthWords = ["同比增长", "同比增速", "同比", "增长率", "增速", "增长", "yoy"];

    [GeneratedRegex(@"^(.+?)[(（]([^()（）]*)[)）]$")]
    private static partial Regex NameAndUnit();

    /// <summary>The park column of a header row, or -1.</summary>
    public static int ParkColumn(IReadOnlyList<SheetCell> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (SheetText.StartsWithAny(SheetText.Normalize(header[i].Text), SheetWords.ParkColumn))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The indicator columns of a header row, found quietly (to recognise the shape).</summary>
    public static List<Column> Columns(IReadOnlyList<SheetCell> header, NameIndex<Indicator> indicators)
    {
        var columns = new List<Column>();
        for (var i = 0; i < header.Count; i++)
        {
            if (ColumnOf(i, header[i].Text, indicators) is { } column)
            {
                columns.Add(column);
            }
        }

        return columns;
    }

    private static Column? ColumnOf(int index, string text, NameIndex<Indicator> indicators)
    {
        var (name, unit) = Split(text);
        if (indicators.Find(name, out _) is { } indicator)
        {
            return new Column(index, indicator, unit, Growth: false);
        }

        var normalized = SheetText.Normalize(name);
        foreach (var word in GrowthWords)
        {
            if (normalized.EndsWith(word, StringComparison.Ordinal) && normalized.Length > word.Length
                && indicators.Find(normalized[..^word.Length], out _) is { } grown)
            {
                return new Column(index, grown, unit, Growth: true);
            }
        }

        return null;
    }

    /// <summary>"税收（亿元）" is 税收 in 亿元; a name whose brackets are not a unit keeps them ("研发投入（R&amp;D）").</summary>
    private static (string Name, string? Unit) Split(string text)
    {
        var t = text.Trim();
        var m = NameAndUnit().Match(t);
        return m.Success ? (m.Groups[1].Value.Trim(), SheetText.Normalize(m.Groups[2].Value)) : (t, null);
    }

    public static string Read(Sheet sheet, int headerRow, SheetReading reading)
    {
        var header = sheet.Rows[headerRow];
        var parkColumn = ParkColumn(header);
        var columns = new List<Column>();
        for (var i = 0; i < header.Count; i++)
        {
            if (i == parkColumn || header[i].IsEmpty)
            {
                continue;
            }

            if (ColumnOf(i, header[i].Text, reading.Indicators) is { } column)
            {
                if (columns.FirstOrDefault(c => c.Indicator == column.Indicator && c.Growth == column.Growth) is { } first)
                {
                    reading.Diagnostics.Error("import-column", reading.At(sheet, headerRow, i),
                        $"a second column of the {(column.Growth ? "growth of the " : "")}{SheetReading.Name(column.Indicator)}",
                        Quote(header[i].Text), $"one column per indicator; the first is {sheet.Address(headerRow, first.Index)}",
                        "remove one of the two columns, or rename it if it is another indicator");
                    continue;
                }

                columns.Add(column);
            }
            else if (!SheetText.StartsWithAny(SheetText.Normalize(header[i].Text), SheetWords.NotFigures))
            {
                reading.FindIndicator(sheet, headerRow, i, Split(header[i].Text).Name); // reports it
            }
        }

        var year = reading.ResolveYear(sheet, TitleYear(sheet, headerRow, out var where), where);
        if (year is not { } y)
        {
            return "many parks, indicators as columns";
        }

        var values = columns.Where(c => !c.Growth).ToDictionary(c => c.Indicator);
        var parks = 0;
        for (var r = headerRow + 1; r < sheet.Rows.Count; r++)
        {
            var name = sheet.Cell(r, parkColumn).Text.Trim();
            if (name.Length == 0 || SheetText.StartsWithAny(SheetText.Normalize(name), SheetWords.NotParks))
            {
                continue;
            }

            if (reading.FindPark(sheet, r, parkColumn, name) is not { } park)
            {
                continue;
            }

            parks++;
            foreach (var column in values.Values)
            {
                if (sheet.Cell(r, column.Index).IsEmpty)
                {
                    continue;
                }

                var growthColumn = columns.FirstOrDefault(c => c.Growth && c.Indicator == column.Indicator);
                var growth = growthColumn is null ? null : reading.Growth(sheet, r, growthColumn.Index, column.Indicator);
                if (reading.Value(sheet, r, column.Index, column.Indicator, column.Unit) is { } read)
                {
                    var address = sheet.Address(r, column.Index);
                    reading.Figures.Add(new SheetFigure(park, y, column.Indicator, read.Value, read.Qualifier, growth, read.Corrected, address,
                        read.Conversion is { } c ? [$"{address}: {c}"] : []));
                }
            }
        }

        var indicators = columns.Count(c => !c.Growth);
        return $"many parks, indicators as columns ({parks} park{(parks == 1 ? "" : "s")}, {indicators} indicator{(indicators == 1 ? "" : "s")}, {y})";
    }

    private static string Quote(string text) => $"'{text}'";

    /// <summary>The year in a title above the header ("2024年全省园区主要经济指标"), else in the sheet's name.</summary>
    private static int? TitleYear(Sheet sheet, int headerRow, out string where)
    {
        for (var r = 0; r < headerRow; r++)
        {
            for (var c = 0; c < sheet.Rows[r].Count; c++)
            {
                if (IndicatorRowsSheet.YearInTitle().Match(sheet.Rows[r][c].Text) is { Success: true } m)
                {
                    where = sheet.Address(r, c);
                    return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        where = "the sheet's name";
        return IndicatorRowsSheet.YearInTitle().Match(sheet.Name) is { Success: true } n
            ? int.Parse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : IndicatorRowsSheet.YearOf(sheet.Name);
    }
}
