using System.Net;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;
using ParkSiteGen.Rendering.Templates;

namespace ParkSiteGen.Charts;

/// <summary>A line chart of one indicator over the years, as inline SVG made at build time (no JavaScript).
/// Results are a solid line with filled dots; targets are hollow diamonds on a dashed line, so the two differ in
/// shape and stroke as well as colour. Accessible as an image with a title and a description that reads out every
/// figure; the page puts the same figures in a table beside it. Styled by CSS classes only (no style attributes:
/// the Content-Security-Policy forbids them). It is drawn straight into the page when the template prints it.</summary>
/// <param name="id">Unique on the page; the title and description ids derive from it.</param>
public sealed class TrendChart(string id, string title, string description, Unit unit, string? counter, IReadOnlyList<TrendChart.Point> actuals,
    IReadOnlyList<TrendChart.Point> targets, Language language, string actualLabel, string targetLabel, string unitLabel) : HtmlFragment
{
    private const int Width = 600;
    private const int Height = 260;
    private const int Left = 72;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <param name="Value">In the indicator's unit.</param>
    public sealed record Point(int Year, decimal Value);

    public override void WriteTo(PageBuffer output)
    {
        var svg = new Svg(output);
        var (axisLabel, factor) = AxisScale.For(unit, counter, language);
        var years = new SortedSet<int>();
        var scaled = new List<decimal>(actuals.Count + targets.Count);
        foreach (var p in actuals.Concat(targets))
        {
            years.Add(p.Year);
            scaled.Add(p.Value * factor);
        }

        var (low, high, step) = Ticks(scaled);
        int firstYear = years.Min, lastYear = years.Max;
        const double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double X(int year) => firstYear == lastYear ? Left + (plotWidth / 2.0) : Left + (plotWidth * (year - firstYear) / (lastYear - firstYear));
        double Y(decimal value) => Top + (plotHeight * (double)((high - (value * factor)) / (high - low)));

        svg.Raw("<svg class=\"trend-chart\" viewBox=\"0 0 ").Int(Width).Raw(" ").Int(Height).Raw("\" role=\"img\" aria-labelledby=\"").Raw(id).Raw("-title ").Raw(id)
            .Raw("-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Raw("<title id=\"").Raw(id).Raw("-title\">").Text(title).Raw("</title>");
        svg.Raw("<desc id=\"").Raw(id).Raw("-desc\">").Text(description).Raw("</desc>");
        svg.Raw("<text class=\"unit\" x=\"").Int(Left).Raw("\" y=\"16\">").Text(unitLabel.Replace("{unit}", axisLabel, StringComparison.Ordinal)).Raw("</text>");
        for (var tick = low; tick <= high; tick += step)
        {
            var y = Top + (plotHeight * (double)((high - tick) / (high - low)));
            svg.Raw("<line class=\"grid\" x1=\"").Int(Left).Raw("\" x2=\"").Int(Width - Right).Raw("\" y1=\"").N(y).Raw("\" y2=\"").N(y).Raw("\"/>");
            svg.Raw("<text class=\"tick\" x=\"").Int(Left - 8).Raw("\" y=\"").N(y + 4).Raw("\" text-anchor=\"end\">").Text(AxisScale.Tick(tick, language)).Raw("</text>");
        }

        foreach (var year in years)
        {
            svg.Raw("<text class=\"tick\" x=\"").N(X(year)).Raw("\" y=\"").Int(Height - 12).Raw("\" text-anchor=\"middle\">").Int(year).Raw("</text>");
        }

        if (actuals.Count > 1)
        {
            svg.Raw("<polyline class=\"actual\" points=\"");
            for (var i = 0; i < actuals.Count; i++)
            {
                svg.Raw(i > 0 ? " " : "").N(X(actuals[i].Year)).Raw(",").N(Y(actuals[i].Value));
            }

            svg.Raw("\"/>");
        }

        foreach (var p in actuals)
        {
            svg.Raw("<circle class=\"actual-point\" cx=\"").N(X(p.Year)).Raw("\" cy=\"").N(Y(p.Value)).Raw("\" r=\"4.5\"/>");
        }

        foreach (var p in targets)
        {
            // From the result of the year before (if any) to the target: the path the target asked for.
            if (actuals.FirstOrDefault(a => a.Year == p.Year - 1) is { } from)
            {
                svg.Raw("<line class=\"target-line\" x1=\"").N(X(from.Year)).Raw("\" y1=\"").N(Y(from.Value)).Raw("\" x2=\"").N(X(p.Year)).Raw("\" y2=\"").N(Y(p.Value)).Raw("\"/>");
            }

            var (x, y) = (X(p.Year), Y(p.Value));
            svg.Raw("<path class=\"target-point\" d=\"M").N(x).Raw(" ").N(y - 7).Raw(" L").N(x + 7).Raw(" ").N(y).Raw(" L").N(x).Raw(" ").N(y + 7)
                .Raw(" L").N(x - 7).Raw(" ").N(y).Raw(" Z\"/>");
        }

        // Legend: the line and shape of each series, with its name.
        const int legendX = Width - Right - 190;
        svg.Raw("<line class=\"actual\" x1=\"").Int(legendX).Raw("\" x2=\"").Int(legendX + 22).Raw("\" y1=\"12\" y2=\"12\"/><circle class=\"actual-point\" cx=\"")
            .Int(legendX + 11).Raw("\" cy=\"12\" r=\"4\"/>");
        svg.Raw("<text class=\"legend\" x=\"").Int(legendX + 28).Raw("\" y=\"16\">").Text(actualLabel).Raw("</text>");
        if (targets.Count > 0)
        {
            const int tx = legendX + 100;
            svg.Raw("<path class=\"target-point\" d=\"M").Int(tx + 11).Raw(" 5 L").Int(tx + 18).Raw(" 12 L").Int(tx + 11).Raw(" 19 L").Int(tx + 4).Raw(" 12 Z\"/>");
            svg.Raw("<text class=\"legend\" x=\"").Int(tx + 24).Raw("\" y=\"16\">").Text(targetLabel).Raw("</text>");
        }

        svg.Raw("</svg>");
    }

    /// <summary>An axis from 0 (or below, for negative figures) to a round number above the highest value, in 4–6 steps
    /// of 1, 2, 2.5 or 5 times a power of ten.</summary>
    internal static (decimal Low, decimal High, decimal Step) Ticks(IReadOnlyList<decimal> values)
    {
        var max = Math.Max(values.Max(), 0m);
        var min = Math.Min(values.Min(), 0m);
        var span = max - min;
        if (span == 0)
        {
            span = Math.Max(Math.Abs(max), 1m);
        }

        var raw = span / 5m;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)raw)));
        var step = new[] { 1m, 2m, 2.5m, 5m, 10m }.Select(m => m * magnitude).First(s => s >= raw);
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        if (high == low)
        {
            high = low + step;
        }

        return (low, high, step);
    }

}
