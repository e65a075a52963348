using System.Globalization;
using System.Net;
using System.Text;
using ParkSiteGen.Formatting;
using ParkSiteGen.Model;

namespace ParkSiteGen.Charts;

/// <summary>A line chart of one indicator over the years, as inline SVG made at build time (no JavaScript).
/// Results are a solid line with filled dots; targets are hollow diamonds on a dashed line, so the two differ in
/// shape and stroke as well as colour. Accessible as an image with a title and a description that reads out every
/// figure; the page puts the same figures in a table beside it. Styled by CSS classes only (no style attributes:
/// the Content-Security-Policy forbids them).</summary>
public static class TrendChart
{
    private const int Width = 600;
    private const int Height = 260;
    private const int Left = 72;
    private const int Right = 20;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <param name="Value">In the indicator's unit.</param>
    public sealed record Point(int Year, decimal Value);

    /// <param name="Id">Unique on the page; the title and description ids derive from it.</param>
    public static string Render(string id, string title, string description, Unit unit, string? counter, IReadOnlyList<Point> actuals,
        IReadOnlyList<Point> targets, Language language, string actualLabel, string targetLabel, string unitLabel)
    {
        var (axisLabel, factor) = AxisScale.For(unit, counter, language);
        var all = actuals.Concat(targets).ToList();
        var years = all.Select(p => p.Year).Distinct().Order().ToList();
        var (low, high, step) = Ticks(all.Select(p => p.Value * factor).ToList());
        double X(int year) => years.Count == 1 ? Left + ((Width - Left - Right) / 2.0) : Left + ((Width - Left - Right) * (year - years[0]) / (double)(years[^1] - years[0]));
        double Y(decimal value) => Top + ((Height - Top - Bottom) * (double)((high - (value * factor)) / (high - low)));

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Escape(title)}</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Escape(description)}</desc>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"unit\" x=\"{Left}\" y=\"16\">{Escape(unitLabel.Replace("{unit}", axisLabel, StringComparison.Ordinal))}</text>");
        for (var tick = low; tick <= high; tick += step)
        {
            var y = Top + ((Height - Top - Bottom) * (double)((high - tick) / (high - low)));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 8}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{Escape(AxisScale.Tick(tick, language))}</text>");
        }

        foreach (var year in years)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{N(X(year))}\" y=\"{Height - 12}\" text-anchor=\"middle\">{year}</text>");
        }

        if (actuals.Count > 1)
        {
            sb.Append("<polyline class=\"actual\" points=\"").Append(string.Join(' ', actuals.Select(p => $"{N(X(p.Year))},{N(Y(p.Value))}"))).Append("\"/>");
        }

        foreach (var p in actuals)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"actual-point\" cx=\"{N(X(p.Year))}\" cy=\"{N(Y(p.Value))}\" r=\"4.5\"/>");
        }

        foreach (var p in targets)
        {
            // From the result of the year before (if any) to the target: the path the target asked for.
            if (actuals.FirstOrDefault(a => a.Year == p.Year - 1) is { } from)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<line class=\"target-line\" x1=\"{N(X(from.Year))}\" y1=\"{N(Y(from.Value))}\" x2=\"{N(X(p.Year))}\" y2=\"{N(Y(p.Value))}\"/>");
            }

            var (x, y) = (X(p.Year), Y(p.Value));
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"target-point\" d=\"M{N(x)} {N(y - 7)} L{N(x + 7)} {N(y)} L{N(x)} {N(y + 7)} L{N(x - 7)} {N(y)} Z\"/>");
        }

        // Legend: the line and shape of each series, with its name.
        var legendX = Width - Right - 190;
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"actual\" x1=\"{legendX}\" x2=\"{legendX + 22}\" y1=\"12\" y2=\"12\"/><circle class=\"actual-point\" cx=\"{legendX + 11}\" cy=\"12\" r=\"4\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{legendX + 28}\" y=\"16\">{Escape(actualLabel)}</text>");
        if (targets.Count > 0)
        {
            var tx = legendX + 100;
            sb.Append(CultureInfo.InvariantCulture, $"<path class=\"target-point\" d=\"M{tx + 11} 5 L{tx + 18} 12 L{tx + 11} 19 L{tx + 4} 12 Z\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{tx + 24}\" y=\"16\">{Escape(targetLabel)}</text>");
        }

        return sb.Append("</svg>").ToString();
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

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
