using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws one line (or marker) trace per series on linear axes. Hover shows the series name and the point.
    /// Non-finite y values are left as gaps.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="series">At least one series; each with X and Y of the same, non-zero length.</param>
    /// <exception cref="ArgumentException">No series, an empty series, or X and Y of different lengths.</exception>
    public static GenericChart Lines(string title, string xTitle, string yTitle, params Series[] series) =>
        Lines(title, xTitle, yTitle, logY: false, series);

    /// <summary>
    /// Draws one line (or marker) trace per series; with <paramref name="logY"/> the vertical axis is logarithmic
    /// (non-positive values are not drawn on it).
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="logY">Logarithmic vertical axis.</param>
    /// <param name="series">At least one series; each with X and Y of the same, non-zero length.</param>
    /// <exception cref="ArgumentException">No series, an empty series, or X and Y of different lengths.</exception>
    public static GenericChart Lines(string title, string xTitle, string yTitle, bool logY, params Series[] series)
    {
        Guard.NotEmpty(series, nameof(series));
        var traces = new List<Trace>(series.Length);
        var names = Names.Unique(series.Select(s => s?.Name));
        for (int i = 0; i < series.Length; i++)
        {
            var s = series[i] ?? throw new ArgumentException($"series[{i}] is null.", nameof(series));
            if (s.X is null || s.Y is null || s.X.Length == 0)
                throw new ArgumentException($"series[{i}] (\"{s.Name}\") has no points.", nameof(series));
            if (s.X.Length != s.Y.Length)
                throw new ArgumentException($"series[{i}] (\"{s.Name}\") has {s.X.Length} x values but {s.Y.Length} y values.", nameof(series));
            traces.Add(LineTrace(names[i], s.X, s.Y, Style.Mode(s.Mode), Style.Color(i), xTitle, yTitle));
        }
        return Style.Figure(traces, title, xTitle, yTitle, logY: logY, showLegend: series.Length > 1);
    }

    /// <summary>
    /// Draws one line per (name, x, y) tuple on linear axes; the same chart as
    /// <see cref="Lines(string, string, string, Series[])"/> for callers that have sequences.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="series">At least one (name, x, y); x and y of the same, non-zero length.</param>
    /// <exception cref="ArgumentException">No series, an empty series, or x and y of different lengths.</exception>
    public static GenericChart Lines(string title, string xTitle, string yTitle, params (string Name, IEnumerable<double> X, IEnumerable<double> Y)[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Lines(title, xTitle, yTitle, false, series.Select(s => new Series(s.Name, s.X?.ToArray()!, s.Y?.ToArray()!)).ToArray());
    }

    internal static Trace LineTrace(string name, IReadOnlyList<double> x, IReadOnlyList<double> y, string mode, string color,
        string xTitle, string yTitle, IEnumerable<string>? hover = null, object? marker = null, bool? showLegend = null)
    {
        var text = hover ?? Enumerable.Range(0, x.Count).Select(i => $"{name}<br>{xTitle} = {Style.Number(x[i])}<br>{yTitle} = {Style.Number(y[i])}");
        return Style.Trace("scatter",
            ("name", name), ("x", x.ToArray()), ("y", Style.Finite(y)), ("mode", mode),
            ("text", text.ToArray()), ("hoverinfo", "text"),
            ("line", Style.Object(("color", color))),
            ("marker", marker ?? Style.Object(("color", color), ("size", 6))),
            ("showlegend", showLegend));
    }
}
