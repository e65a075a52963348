using System.Text.RegularExpressions;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Import;

/// <summary>The first shape: one park, one year, indicators as rows, as in a statistics report (统计报表) and in the
/// workbook <c>export</c> writes. A header row with a name column (指标名称, or 指标代码 for keys) and a value column
/// (本年, 数值); optional 单位, 同比增长(%), 备注 and 上年 (read by nobody: it is for reference). Above the header,
/// rows "园区 | name" and "年份 | 2024", or a title such as "常德经开区2024年主要经济指标", say whose figures they are.</summary>
public static partial class IndicatorRowsSheet
{
    public enum Role
    {
        None,
        Key,
        EnglishName,
        Name,
        Unit,
        LastYear,
        Yoy,
        Value,
        Note,
    }

    /// <summary>Each column's role in a header row; a role goes to the first column that has it.</summary>
    public static Role[] Roles(IReadOnlyList<SheetCell> header)
    {
        var roles = new Role[header.Count];
        var taken = new HashSet<Role>();
        for (var i = 0; i < header.Count; i++)
        {
            var role = RoleOf(SheetText.Normalize(header[i].Text));
            if (role != Role.None && taken.Add(role))
            {
                roles[i] = role;
            }
        }

        return roles;
    }

    private static Role RoleOf(string text) => text switch
    {
        "" => Role.None,
        // "本年同比增长(%)" is growth, though it starts like a value column.
        _ when text.Contains("同比", StringComparison.Ordinal) || SheetText.StartsWithAny(text, SheetWords.Yoy) => Role.Yoy,
        _ when SheetText.StartsWithAny(text, SheetWords.Key) => Role.Key,
        _ when SheetText.StartsWithAny(text, SheetWords.EnglishName) => Role.EnglishName,
        _ when SheetText.StartsWithAny(text, SheetWords.Name) => Role.Name,
        _ when SheetText.StartsWithAny(text, SheetWords.Unit) => Role.Unit,
        _ when SheetText.StartsWithAny(text, SheetWords.LastYear) => Role.LastYear,
        _ when SheetText.StartsWithAny(text, SheetWords.Value) => Role.Value,
        _ when SheetText.StartsWithAny(text, SheetWords.Note) => Role.Note,
        _ => Role.None,
    };

    /// <summary>Whether a row is this shape's header: a column naming indicators and one of values.</summary>
    public static bool IsHeader(Role[] roles) =>
        roles.Contains(Role.Value) && (roles.Contains(Role.Name) || roles.Contains(Role.Key) || roles.Contains(Role.EnglishName));

    /// <summary>Reads the figures below the header row; returns a description of what was read for the report.</summary>
    public static string Read(Sheet sheet, int headerRow, SheetReading reading)
    {
        var roles = Roles(sheet.Rows[headerRow]);
        int Column(Role role) => Array.IndexOf(roles, role);
        var (sheetPark, parkWhere, sheetYear, yearWhere) = Labels(sheet, headerRow, reading);
        var park = reading.ResolvePark(sheet, sheetPark, parkWhere);
        var year = reading.ResolveYear(sheet, sheetYear, yearWhere);
        if (park is null || year is not { } y)
        {
            return "one park, one year, indicators as rows";
        }

        int key = Column(Role.Key), name = Column(Role.Name), english = Column(Role.EnglishName), unit = Column(Role.Unit);
        int value = Column(Role.Value), yoy = Column(Role.Yoy), note = Column(Role.Note);
        for (var r = headerRow + 1; r < sheet.Rows.Count; r++)
        {
            var valueCell = sheet.Cell(r, value);
            var yoyCell = yoy >= 0 ? sheet.Cell(r, yoy) : SheetCell.Empty;
            if (valueCell.IsEmpty && yoyCell.IsEmpty)
            {
                continue; // a heading row, or a figure the office has not filled in
            }

            var (nameColumn, nameText) = new[] { key, name, english }.Where(c => c >= 0).Select(c => (c, IndicatorName(sheet.Cell(r, c).Text)))
                .FirstOrDefault(c => c.Item2.Length > 0);
            if (nameText is null)
            {
                reading.Diagnostics.Error("import-indicator", reading.At(sheet, r, value), $"a value without an indicator's name in its row",
                    Quote(valueCell.Text), "the indicator's name (or key) in the same row", "fill in the row's 指标名称, or clear the value");
                continue;
            }

            if (reading.FindIndicator(sheet, r, nameColumn, nameText) is not { } indicator)
            {
                continue;
            }

            var rowUnit = unit >= 0 && !sheet.Cell(r, unit).IsEmpty ? SheetText.Normalize(sheet.Cell(r, unit).Text) : null;
            var read = valueCell.IsEmpty ? null : reading.Value(sheet, r, value, indicator, rowUnit);
            var growth = yoy >= 0 ? reading.Growth(sheet, r, yoy, indicator) : null;
            if (read is null)
            {
                if (!valueCell.IsEmpty || growth is null)
                {
                    continue; // reported above
                }

                reading.Diagnostics.Error("import-cell", reading.At(sheet, r, value), $"a growth rate without the value it is the growth of",
                    "an empty cell", $"the {SheetReading.Name(indicator)}", "fill in the value, or clear the growth rate");
                continue;
            }

            var corrected = read.Corrected || (note >= 0 && Marked(sheet.Cell(r, note).Text));
            reading.Figures.Add(new SheetFigure(park, y, indicator, read.Value, read.Qualifier, growth, corrected, sheet.Address(r, value),
                read.Conversion is { } c ? [$"{sheet.Address(r, value)}: {c}"] : []));
        }

        return $"one park, one year, indicators as rows ({park.Slug}, {y})";
    }

    /// <summary>Whether a 备注 says the row corrects a figure (更正, 修订...).</summary>
    public static bool Marked(string note) => SheetWords.Correction.Any(w => SheetText.Normalize(note).Contains(SheetText.Normalize(w), StringComparison.Ordinal));

    /// <summary>A name as statistics reports indent it: "  其中：工业投资" is 工业投资.</summary>
    private static string IndicatorName(string text)
    {
        var name = text.Trim().TrimStart('\u3000');
        foreach (var lead in new[] { "其中：", "其中:", "其中" })
        {
            if (name.StartsWith(lead, StringComparison.Ordinal))
            {
                return name[lead.Length..].Trim();
            }
        }

        return name;
    }

    [GeneratedRegex(@"((?:19|20)[0-9][0-9])\s*年")]
    internal static partial Regex YearInTitle();

    /// <summary>The park and year the rows above the header give, and where each was found.</summary>
    private static (Park? Park, string ParkWhere, int? Year, string YearWhere) Labels(Sheet sheet, int headerRow, SheetReading reading)
    {
        Park? park = null;
        int? year = null;
        string parkWhere = "", yearWhere = "";
        for (var r = 0; r < headerRow; r++)
        {
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var text = row[c].Text.Trim();
                var normalized = SheetText.Normalize(text);
                if (park is null && SheetText.StartsWithAny(normalized, SheetWords.ParkLabel))
                {
                    // "园区 | 常德经开区 | ..." or "园区：常德经开区" in one cell.
                    var candidates = row.Skip(c + 1).Select(x => x.Text.Trim()).Prepend(AfterColon(text));
                    if (candidates.Where(x => x.Length > 0).Select(x => reading.Parks.Find(x, out _)).FirstOrDefault(p => p is not null) is { } p)
                    {
                        (park, parkWhere) = (p, sheet.Address(r, c));
                    }
                    else if (NextFilled(row, c) is var named and >= 0)
                    {
                        reading.FindPark(sheet, r, named, row[named].Text.Trim()); // reports it
                    }
                }
                else if (year is null && SheetText.StartsWithAny(normalized, SheetWords.YearLabel))
                {
                    var next = row.Skip(c + 1).FirstOrDefault(x => !x.IsEmpty);
                    if ((YearOf(AfterColon(text)) ?? (next.Text is null ? null : YearOf(next.Text))) is { } y)
                    {
                        (year, yearWhere) = (y, sheet.Address(r, c));
                    }
                }
                else if (text.Length > 0)
                {
                    if (year is null && YearInTitle().Match(text) is { Success: true } m)
                    {
                        (year, yearWhere) = (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), sheet.Address(r, c));
                    }

                    if (park is null && reading.Parks.In(text) is { } titled)
                    {
                        (park, parkWhere) = (titled, sheet.Address(r, c));
                    }
                }
            }
        }

        if (park is null && reading.Parks.Find(sheet.Name, out _) is { } bySheet)
        {
            (park, parkWhere) = (bySheet, $"the sheet's name");
        }

        return (park, parkWhere, year, yearWhere);
    }

    /// <summary>The first cell after <paramref name="column"/> with something in it, or -1.</summary>
    private static int NextFilled(IReadOnlyList<SheetCell> row, int column)
    {
        for (var i = column + 1; i < row.Count; i++)
        {
            if (!row[i].IsEmpty)
            {
                return i;
            }
        }

        return -1;
    }

    private static string AfterColon(string text) =>
        text.IndexOfAny([':', '：']) is var i and >= 0 ? text[(i + 1)..].Trim() : "";

    /// <summary>2024, "2024", "2024年".</summary>
    internal static int? YearOf(string text)
    {
        var t = SheetText.Normalize(text).TrimEnd('年');
        return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100 ? y : null;
    }

    private static string Quote(string text) => $"'{text}'";
}
