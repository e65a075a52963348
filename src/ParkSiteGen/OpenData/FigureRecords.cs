using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Site;

namespace ParkSiteGen.OpenData;

/// <summary>Every published figure as a flat record: the open data of the site. One home for its columns; CSV,
/// JSON and the data dictionary page all read them from here. Values keep the source's digits, in the unit named
/// by <c>unit</c> (a unit of indicators.yml).</summary>
public static class FigureRecords
{
    /// <summary>The columns, in order. The data dictionary page describes each (i18n key field_&lt;name&gt;).</summary>
    public static readonly string[] Columns =
    [
        "park", "park_name_zh", "park_name_en", "year", "indicator", "indicator_name_zh", "indicator_name_en",
        "status", "target_year", "value", "unit", "unit_name_zh", "unit_name_en", "qualifier", "yoy", "of",
        "period_zh", "period_en", "note_zh", "note_en", "source_zh", "source_en",
    ];

    public static IEnumerable<IReadOnlyList<string>> Rows(SiteModel model, IEnumerable<ParkEntry> parks)
    {
        foreach (var park in parks)
        {
            foreach (var year in park.Years)
            {
                // A year's number and sources are the same on each of its rows: made once.
                var yearText = Invariant(year.Year);
                var sources = year.Report.Sources;
                var sourcesZh = string.Join("; ", sources.Select(s => model.Text(s, Language.Zh)));
                var sourcesEn = string.Join("; ", sources.Select(s => model.Text(s, Language.En)));
                foreach (var figure in year.Report.Indicators.Concat(year.Report.Targets))
                {
                    yield return Row(model, park, yearText, figure, sourcesZh, sourcesEn);
                }
            }
        }
    }

    private static string[] Row(SiteModel model, ParkEntry park, string year, Figure figure, string sourcesZh, string sourcesEn)
    {
        string Zh(Localized? text) => text is null ? "" : model.Text(text, Language.Zh);
        string En(Localized? text) => text is null ? "" : model.Text(text, Language.En);
        var indicator = figure.Indicator;
        return
        [
            park.Slug, Zh(park.Park.Name), En(park.Park.Name), year, indicator.Key, Zh(indicator.Name), En(indicator.Name),
            Status(figure.Status), figure.TargetYear is { } t ? Invariant(t) : "", Numbers.Source(figure.Value), Units.NameOf(indicator.Unit),
            UnitFormatter.Name(indicator.Unit, indicator.Counter, Language.Zh), UnitFormatter.Name(indicator.Unit, indicator.Counter, Language.En),
            Qualifier(figure.Qualifier), figure.Yoy is { } y ? Numbers.Source(y) : "", figure.Of is { } of ? Invariant(of) : "",
            Zh(figure.Period), En(figure.Period), Zh(figure.Note), En(figure.Note),
            sourcesZh, sourcesEn,
        ];
    }

    /// <summary>The words of content-format.md, so the data reads like the YAML it came from.</summary>
    private static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Actual => "actual",
        FigureStatus.Expected => "expected",
        FigureStatus.Cumulative => "cumulative",
        FigureStatus.AsOf => "as_of",
        FigureStatus.Target => "target",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.None => "",
        Model.Qualifier.AtLeast => "at_least",
        Model.Qualifier.MoreThan => "more_than",
        Model.Qualifier.Over => "over",
        Model.Qualifier.About => "about",
        Model.Qualifier.Nearly => "nearly",
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, null),
    };

    private static string Invariant(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
