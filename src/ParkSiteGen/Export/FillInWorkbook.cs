using ParkSiteGen.Content;
using ParkSiteGen.Formatting;
using ParkSiteGen.Import;
using ParkSiteGen.Model;
using ParkSiteGen.Spreadsheets;

namespace ParkSiteGen.Export;

/// <summary>`export`: a workbook for a statistics office to fill in, one sheet per park, in the first shape
/// `import` reads (<see cref="IndicatorRowsSheet"/>): the park and the year above the header, then one row per
/// indicator of the catalogue with its key, its names in both languages, its unit, last year's value for reference,
/// this year's value where data.yml has one (with its qualifier, as typed: 约26) and its growth. An empty cell is one
/// to fill. Written like the open data: the same bytes for the same content.</summary>
public static class FillInWorkbook
{
    private static readonly double[] Widths = [30, 24, 44, 10, 12, 12, 16, 20];

    public static byte[] Write(ContentSet content, int year)
    {
        using var writer = new XlsxWriter();
        foreach (var park in content.Parks)
        {
            var thisYear = Figures(park, year);
            var lastYear = Figures(park, year - 1);
            writer.StartSheet(park.Slug, Widths, frozenRows: 4);
            writer.AddRow([Header(SheetWords.Headers.Park), Text(Zh(park.Name)), Text(En(park.Name)), Text(park.Slug)]);
            writer.AddRow([Header(SheetWords.Headers.Year), XlsxCell.Of(year)]);
            writer.AddRow([]);
            writer.AddRow([
                Header(SheetWords.Headers.Key), Header(SheetWords.Headers.Name), Header(SheetWords.Headers.EnglishName), Header(SheetWords.Headers.Unit),
                Header(SheetWords.Headers.LastYear(year - 1)), Header(SheetWords.Headers.Value(year)), Header(SheetWords.Headers.Yoy), Header(SheetWords.Headers.Note),
            ]);
            foreach (var indicator in content.Indicators)
            {
                var now = thisYear.GetValueOrDefault(indicator);
                var before = lastYear.GetValueOrDefault(indicator);
                writer.AddRow([
                    Text(indicator.Key), Text(Zh(indicator.Name)), Text(En(indicator.Name)), Text(UnitScales.Of(indicator.Unit, indicator.Counter).Words),
                    Value(before), Value(now), XlsxCell.Of(now?.Yoy), default,
                ]);
            }
        }

        return writer.Finish();
    }

    private static Dictionary<Indicator, Figure> Figures(Park park, int year) =>
        park.Years.FirstOrDefault(y => y.Year == year)?.Indicators.ToDictionary(f => f.Indicator) ?? [];

    /// <summary>A number as a number; one with a qualifier as the text a person would type, which `import` reads back.</summary>
    private static XlsxCell Value(Figure? figure) => figure switch
    {
        null => default,
        { Qualifier: Qualifier.None } => XlsxCell.Of(figure.Value),
        _ => new XlsxCell(SheetWords.WithQualifier(Numbers.Source(figure.Value), figure.Qualifier)),
    };

    private static XlsxCell Header(string text) => new(text, Header: true);

    private static XlsxCell Text(string text) => new(text);

    private static string Zh(Localized text) => text.Get(Language.Zh, [Language.En]);

    private static string En(Localized text) => text.Get(Language.En, [Language.Zh]);
}
