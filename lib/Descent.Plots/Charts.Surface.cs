using Descent.Objectives;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws an objective of two variables as a 3-D surface over its <see cref="IObjective.PlotBounds"/>, with each
    /// path lifted onto the surface (z = f(x, y)). 60 × 60 grid and linear height by default
    /// (see <see cref="ContourOptions.Resolution"/> and <see cref="ContourOptions.LogScale"/> in the other overload).
    /// </summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="paths">Paths to draw on the surface.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not two-dimensional, or a path has no points.</exception>
    public static GenericChart Surface(IObjective f, string title, params PathSeries[] paths) =>
        Surface(f, title, new ContourOptions { Resolution = 60 }, paths);

    /// <summary>Draws an objective of two variables as a 3-D surface with the given options and paths.</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="options">Resolution, log height (log₁₀(1 + f − min f)) and axis titles; Filled and Levels are ignored.</param>
    /// <param name="paths">Paths to draw on the surface.</param>
    public static GenericChart Surface(IObjective f, string title, ContourOptions options, params PathSeries[] paths)
    {
        var function = FunctionGrid.Of(f);
        var (x, y) = FunctionGrid.BoundsOf(f);
        return Surface(function, x, y, title, options, paths);
    }

    /// <summary>Draws f(x, y) as a 3-D surface over the given window (60 × 60 grid) with the paths on it.</summary>
    /// <param name="f">The function f(x, y).</param>
    /// <param name="xBounds">Horizontal window, Min &lt; Max.</param>
    /// <param name="yBounds">Depth window, Min &lt; Max.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="paths">Paths to draw on the surface.</param>
    public static GenericChart Surface(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        string title, params PathSeries[] paths) =>
        Surface(f, xBounds, yBounds, title, new ContourOptions { Resolution = 60 }, paths);

    /// <summary>Draws f(x, y) as a 3-D surface over the given window with the given options and paths.</summary>
    /// <param name="f">The function f(x, y).</param>
    /// <param name="xBounds">Horizontal window, Min &lt; Max.</param>
    /// <param name="yBounds">Depth window, Min &lt; Max.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="options">Resolution, log height and axis titles.</param>
    /// <param name="paths">Paths to draw on the surface.</param>
    /// <exception cref="ArgumentOutOfRangeException">An empty window or a resolution below 10.</exception>
    public static GenericChart Surface(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        string title, ContourOptions options, params PathSeries[] paths)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(options);
        Guard.Bounds(xBounds, nameof(xBounds));
        Guard.Bounds(yBounds, nameof(yBounds));
        Guard.AtLeast(options.Resolution, 10, "options.Resolution");
        Guard.Paths(paths, nameof(paths));
        paths = Names.Unique(paths);

        var grid = new FunctionGrid(f, xBounds, yBounds, options.Resolution);
        string zTitle = options.LogScale ? "log₁₀(1 + f − min f)" : "f";
        var traces = new List<Trace>
        {
            Style.Trace("surface",
                ("name", "f"), ("x", grid.X), ("y", grid.Y), ("z", grid.Levels(options.LogScale)),
                ("hovertemplate", FunctionGrid.HoverTemplate(options.XTitle, options.YTitle, options.LogScale)),
                ("colorscale", "Viridis"), ("showlegend", false),
                ("colorbar", Style.Object(("title", Style.Object(("text", zTitle)))))),
        };
        double min = grid.Z.SelectMany(r => r).Where(double.IsFinite).DefaultIfEmpty(0).Min();
        double Height(double x, double y) => options.LogScale ? Math.Log10(1 + f(x, y) - min) : f(x, y);
        for (int i = 0; i < paths.Length; i++)
        {
            var p = paths[i];
            traces.Add(Style.Trace("scatter3d",
                ("name", p.Name), ("mode", "lines+markers"),
                ("x", Style.Finite(p.Points.Select(q => q[0]))), ("y", Style.Finite(p.Points.Select(q => q[1]))),
                ("z", Style.Finite(p.Points.Select(q => Height(q[0], q[1])))),
                ("text", p.Points.Select((q, t) => $"{p.Name}<br>step {t}<br>f = {Style.Number(f(q[0], q[1]))}").ToArray()), ("hoverinfo", "text"),
                ("line", Style.Object(("color", Style.Color(i)), ("width", 5))),
                ("marker", Style.Object(("color", Style.Color(i)), ("size", 3)))));
        }
        var scene = Style.Object(
            ("xaxis", Style.Object(("title", Style.Object(("text", options.XTitle))))),
            ("yaxis", Style.Object(("title", Style.Object(("text", options.YTitle))))),
            ("zaxis", Style.Object(("title", Style.Object(("text", zTitle))))));
        return Style.Figure(traces, title, options.XTitle, options.YTitle, showLegend: paths.Length > 0, extraLayout: [("scene", scene), ("legend", Style.LegendAbove())]);
    }
}
