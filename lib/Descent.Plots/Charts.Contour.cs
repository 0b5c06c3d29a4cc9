using Descent.Objectives;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws the contours of an objective of two variables over its <see cref="IObjective.PlotBounds"/>, its known
    /// minima as stars, and each path (for example an optimizer's iterates) as lines and markers with its start (circle)
    /// and end (cross) marked in the path's color. Filled, linear levels and a 100 × 100 grid by default.
    /// </summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="paths">Paths to draw over the contours; each needs at least one point.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not two-dimensional, or a path has no points.</exception>
    public static GenericChart Contour(IObjective f, string title, params PathSeries[] paths) =>
        Contour(f, title, ContourOptions.Default, paths);

    /// <summary>
    /// Draws the contours of an objective of two variables with the given options (log-scaled levels for
    /// Rosenbrock-like ranges, line contours, resolution, axis titles), its minima and the paths.
    /// </summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="paths">Paths to draw over the contours; each needs at least one point.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not two-dimensional, or a path has no points.</exception>
    public static GenericChart Contour(IObjective f, string title, ContourOptions options, params PathSeries[] paths)
    {
        var function = FunctionGrid.Of(f);
        var (x, y) = FunctionGrid.BoundsOf(f);
        return Contour(function, x, y, title, options, f.Minima, paths);
    }

    /// <summary>
    /// Draws the filled contours of f(x, y) over the given window and the paths over them.
    /// </summary>
    /// <param name="f">The function f(x, y).</param>
    /// <param name="xBounds">Horizontal window, Min &lt; Max.</param>
    /// <param name="yBounds">Vertical window, Min &lt; Max.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="paths">Paths to draw over the contours; each needs at least one point.</param>
    /// <exception cref="ArgumentOutOfRangeException">An empty window.</exception>
    public static GenericChart Contour(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        string title, params PathSeries[] paths) =>
        Contour(f, xBounds, yBounds, title, ContourOptions.Default, null, paths);

    /// <summary>
    /// Draws the contours of f(x, y) over the given window with the given options, the known minima as stars and the paths.
    /// </summary>
    /// <param name="f">The function f(x, y).</param>
    /// <param name="xBounds">Horizontal window, Min &lt; Max.</param>
    /// <param name="yBounds">Vertical window, Min &lt; Max.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="minima">Points to mark with stars; null or empty for none.</param>
    /// <param name="paths">Paths to draw over the contours; each needs at least one point.</param>
    /// <exception cref="ArgumentOutOfRangeException">An empty window or a resolution below 10.</exception>
    public static GenericChart Contour(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        string title, ContourOptions options, IReadOnlyList<double[]>? minima, params PathSeries[] paths)
    {
        var traces = ContourTraces(f, xBounds, yBounds, options, minima, paths, out var _);
        return Style.Figure(traces, title, options.XTitle, options.YTitle, showLegend: traces.Count > 2,
            extraLayout: RangeLayout(xBounds, yBounds, options));
    }

    internal static (string Key, object? Value)[] RangeLayout((double Min, double Max) xBounds, (double Min, double Max) yBounds, ContourOptions options) =>
    [
        ("xaxis", Style.Object(("title", Style.Object(("text", options.XTitle))), ("range", new[] { xBounds.Min, xBounds.Max }))),
        ("yaxis", Style.Object(("title", Style.Object(("text", options.YTitle))), ("range", new[] { yBounds.Min, yBounds.Max }))),
        ("legend", Style.LegendAbove()),
    ];

    /// <summary>The contour trace, then each path's three traces (path, start, end), then the minima trace if any.</summary>
    internal static List<Trace> ContourTraces(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        ContourOptions options, IReadOnlyList<double[]>? minima, IReadOnlyList<PathSeries> paths, out FunctionGrid grid)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(options);
        Guard.Bounds(xBounds, nameof(xBounds));
        Guard.Bounds(yBounds, nameof(yBounds));
        Guard.AtLeast(options.Resolution, 10, "options.Resolution");
        Guard.AtLeast(options.Levels, 2, "options.Levels");
        Guard.Paths(paths, nameof(paths));
        paths = Names.Unique(paths);

        grid = new FunctionGrid(f, xBounds, yBounds, options.Resolution);
        var traces = new List<Trace>
        {
            Style.Trace("contour",
                ("name", "f"), ("x", grid.X), ("y", grid.Y), ("z", grid.Levels(options.LogScale)),
                ("hovertemplate", FunctionGrid.HoverTemplate(options.XTitle, options.YTitle, options.LogScale)),
                ("colorscale", "Viridis"), ("ncontours", options.Levels), ("showlegend", false),
                ("contours", Style.Object(("coloring", options.Filled ? "fill" : "lines"))),
                ("colorbar", Style.Object(("title", Style.Object(("text", options.LogScale ? "log₁₀(1 + f − min f)" : "f")))))),
        };
        for (int i = 0; i < paths.Count; i++)
            traces.AddRange(PathTraces(paths[i], f, Style.Color(i), options));
        if (minima is { Count: > 0 })
            traces.Add(MinimaTrace(minima, f, options));
        return traces;
    }

    internal static Trace[] PathTraces(PathSeries path, Func<double, double, double> f, string color, ContourOptions options, bool visible = true)
    {
        var px = path.Points.Select(p => p[0]).ToArray();
        var py = path.Points.Select(p => p[1]).ToArray();
        var hover = path.Points.Select((p, t) =>
            $"{path.Name}<br>step {t}<br>{options.XTitle} = {Style.Number(p[0])}<br>{options.YTitle} = {Style.Number(p[1])}<br>f = {Style.Number(f(p[0], p[1]))}").ToArray();
        var line = Style.Trace("scatter",
            ("name", path.Name), ("x", Style.Finite(px)), ("y", Style.Finite(py)), ("mode", "lines+markers"),
            ("text", hover), ("hoverinfo", "text"), ("legendgroup", path.Name), ("visible", visible),
            ("line", Style.Object(("color", color), ("width", 2))),
            ("marker", Style.Object(("color", color), ("size", 4))));
        int last = Array.FindLastIndex(px, v => double.IsFinite(v)) is var k && k >= 0 && double.IsFinite(py[k]) ? k : 0;
        var start = Style.Trace("scatter",
            ("name", path.Name + " start"), ("x", Style.Finite(px.Take(1))), ("y", Style.Finite(py.Take(1))), ("mode", "markers"),
            ("text", new[] { hover[0] }), ("hoverinfo", "text"), ("legendgroup", path.Name), ("showlegend", false), ("visible", visible),
            ("marker", Style.Object(("color", color), ("size", 12), ("symbol", "circle"), ("line", Style.Object(("color", "white"), ("width", 2))))));
        var end = Style.Trace("scatter",
            ("name", path.Name + " end"), ("x", Style.Finite([px[last]])), ("y", Style.Finite([py[last]])), ("mode", "markers"),
            ("text", new[] { hover[last] }), ("hoverinfo", "text"), ("legendgroup", path.Name), ("showlegend", false), ("visible", visible),
            ("marker", Style.Object(("color", color), ("size", 12), ("symbol", "x"), ("line", Style.Object(("color", "white"), ("width", 1))))));
        return [line, start, end];
    }

    private static string FValue(double value) => double.IsFinite(value) ? $"<br>f = {Style.Number(value)}" : "";

    internal static Trace MinimaTrace(IReadOnlyList<double[]> minima, Func<double, double, double> f, ContourOptions options)
    {
        var points = minima.Where(m => m is { Length: >= 2 }).ToArray();
        return Style.Trace("scatter",
            ("name", "minima"), ("x", points.Select(m => m[0]).ToArray()), ("y", points.Select(m => m[1]).ToArray()), ("mode", "markers"),
            ("text", points.Select((m, i) => $"{(i == 0 ? "global minimum" : "minimum")}<br>{options.XTitle} = {Style.Number(m[0])}<br>{options.YTitle} = {Style.Number(m[1])}{FValue(f(m[0], m[1]))}").ToArray()),
            ("hoverinfo", "text"),
            ("marker", Style.Object(("symbol", "star"), ("size", 16), ("color", "gold"), ("line", Style.Object(("color", "#222222"), ("width", 1))))));
    }
}
