using Descent.Objectives;
using Descent.Training;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>Arrows are drawn between the first this many iterates; later ones are only joined by the line.</summary>
    private const int MaxArrows = 40;

    /// <summary>
    /// Draws y = f(x) on [<paramref name="min"/>, <paramref name="max"/>] and, when <paramref name="steps"/> is given,
    /// the iterates x₀, x₁, … of a 1-D descent as markers on the curve joined by arrows, with the start (green circle)
    /// and the end (red cross) marked. Hover on an iterate shows its step number, x and f(x).
    /// </summary>
    /// <param name="f">The function to draw.</param>
    /// <param name="min">Left end of the window.</param>
    /// <param name="max">Right end of the window; greater than <paramref name="min"/>.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="steps">Iterates to overlay, in order; null for the curve alone. Non-finite iterates are skipped.</param>
    /// <param name="xTitle">Horizontal axis title; default "x".</param>
    /// <param name="yTitle">Vertical axis title; default "f(x)".</param>
    /// <param name="points">Number of points on the curve; default 400, at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="min"/> ≥ <paramref name="max"/>, or too few points.</exception>
    public static GenericChart Function1D(Func<double, double> f, double min, double max, string title,
        IEnumerable<double>? steps = null, string xTitle = "x", string yTitle = "f(x)", int points = 400) =>
        Function1DCore(f, min, max, title, Iterates(steps), xTitle, yTitle, points, minima: null, curveName: "f");

    /// <summary>
    /// Draws a one-variable objective over its <see cref="IObjective.PlotBounds"/> with its known minima as stars and,
    /// when <paramref name="steps"/> is given, the iterates of a descent (see
    /// <see cref="Function1D(Func{double, double}, double, double, string, IEnumerable{double}?, string, string, int)"/>).
    /// </summary>
    /// <param name="f">An objective of dimension 1.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="steps">Iterates to overlay, in order; null for the curve alone.</param>
    /// <param name="xTitle">Horizontal axis title; default "x".</param>
    /// <param name="yTitle">Vertical axis title; default "f(x)".</param>
    /// <param name="points">Number of points on the curve; default 400.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not one-dimensional.</exception>
    public static GenericChart Function1D(IObjective f, string title, IEnumerable<double>? steps = null,
        string xTitle = "x", string yTitle = "f(x)", int points = 400)
    {
        ArgumentNullException.ThrowIfNull(f);
        var (min, max) = f.PlotBounds is { Length: > 0 } b ? b[0] : throw new ArgumentException($"The objective \"{f.Name}\" has no PlotBounds.", nameof(f));
        return Function1D(f, min, max, title, steps, xTitle, yTitle, points);
    }

    /// <summary>
    /// Draws a one-variable objective on [<paramref name="min"/>, <paramref name="max"/>] with its known minima as stars
    /// and optional iterates (see <see cref="Function1D(Func{double, double}, double, double, string, IEnumerable{double}?, string, string, int)"/>).
    /// </summary>
    /// <param name="f">An objective of dimension 1.</param>
    /// <param name="min">Left end of the window.</param>
    /// <param name="max">Right end of the window; greater than <paramref name="min"/>.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="steps">Iterates to overlay, in order; null for the curve alone.</param>
    /// <param name="xTitle">Horizontal axis title; default "x".</param>
    /// <param name="yTitle">Vertical axis title; default "f(x)".</param>
    /// <param name="points">Number of points on the curve; default 400.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not one-dimensional.</exception>
    public static GenericChart Function1D(IObjective f, double min, double max, string title, IEnumerable<double>? steps = null,
        string xTitle = "x", string yTitle = "f(x)", int points = 400)
    {
        return Function1DOfObjective(f, min, max, title, Iterates(steps), xTitle, yTitle, points);
    }

    /// <summary>
    /// Draws a one-variable objective over its <see cref="IObjective.PlotBounds"/> with its minima, and each run's
    /// iterates in its own color with arrows, start and end (for example one run per learning rate).
    /// </summary>
    /// <param name="f">An objective of dimension 1.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="runs">The runs; each trajectory's first coordinate is drawn, named by its label.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not one-dimensional.</exception>
    public static GenericChart Function1D(IObjective f, string title, params Trajectory[] runs)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(runs);
        var (min, max) = f.PlotBounds is { Length: > 0 } b ? b[0] : throw new ArgumentException($"The objective \"{f.Name}\" has no PlotBounds.", nameof(f));
        var iterates = runs.Select((t, i) => (t?.Label ?? throw new ArgumentException($"runs[{i}] is null.", nameof(runs)), t.Points.Select(p => p[0]))).ToArray();
        return Function1DOfObjective(f, min, max, title, iterates, "x", "f(x)", 400);
    }

    private static GenericChart Function1DOfObjective(IObjective f, double min, double max, string title,
        IReadOnlyList<(string, IEnumerable<double>)> runs, string xTitle, string yTitle, int points)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Dimension != 1)
            throw new ArgumentException($"The objective \"{f.Name}\" has dimension {f.Dimension}; Function1D draws functions of one variable.", nameof(f));
        var minima = f.Minima.Where(m => m.Length >= 1).Select(m => m[0]).ToArray();
        return Function1DCore(x => f.Value([x]), min, max, title, runs, xTitle, yTitle, points, minima, f.Name);
    }

    private static (string, IEnumerable<double>)[] Iterates(IEnumerable<double>? steps) => steps is null ? [] : [("iterates", steps)];

    private static GenericChart Function1DCore(Func<double, double> f, double min, double max, string title,
        IReadOnlyList<(string Name, IEnumerable<double> Steps)> runs, string xTitle, string yTitle, int points, double[]? minima, string curveName)
    {
        ArgumentNullException.ThrowIfNull(f);
        Guard.Range(min, max, nameof(min), nameof(max));
        Guard.AtLeast(points, 2, nameof(points));
        var xs = Style.Linspace(min, max, points);
        var traces = new List<Trace> { LineTrace(curveName, xs, xs.Select(f).ToArray(), "lines", "#1f77b4", xTitle, yTitle) };
        var annotations = new List<object>();

        if (minima is { Length: > 0 })
        {
            var my = minima.Select(f).ToArray();
            traces.Add(LineTrace("minima", minima, my, "markers", "#222222", xTitle, yTitle,
                hover: minima.Select((m, i) => $"minimum<br>{xTitle} = {Style.Number(m)}<br>{yTitle} = {Style.Number(my[i])}"),
                marker: Style.Object(("symbol", "star"), ("size", 16), ("color", "gold"), ("line", Style.Object(("color", "#222222"), ("width", 1))))));
        }

        var runNames = Names.Unique(runs.Select(r => r.Name));
        for (int r = 0; r < runs.Count; r++)
        {
            var (_, steps) = runs[r];
            var name = runNames[r];
            bool single = runs.Count == 1;
            string color = single ? "#d62728" : Style.Color(r + 1);
            var iterates = steps.Select((x, t) => (Step: t, X: x)).Where(p => double.IsFinite(p.X)).ToArray();
            if (iterates.Length == 0) continue;
            var ix = iterates.Select(p => p.X).ToArray();
            var iy = ix.Select(f).ToArray();
            traces.Add(LineTrace(name, ix, iy, "lines+markers", color, xTitle, yTitle,
                hover: iterates.Select((p, i) => $"{(single ? "" : name + "<br>")}step {p.Step}<br>{xTitle} = {Style.Number(p.X)}<br>{yTitle} = {Style.Number(iy[i])}")));
            traces.Add(LineTrace(single ? "start" : name + " start", [ix[0]], [iy[0]], "markers", single ? "#2ca02c" : color, xTitle, yTitle,
                marker: Style.Object(("symbol", "circle"), ("size", 13), ("color", single ? "#2ca02c" : color)), showLegend: single ? null : false));
            traces.Add(LineTrace(single ? "end" : name + " end", [ix[^1]], [iy[^1]], "markers", color, xTitle, yTitle,
                marker: Style.Object(("symbol", "x"), ("size", 13), ("color", color)), showLegend: single ? null : false));
            for (int i = 0; i + 1 < ix.Length && i < MaxArrows; i++)
            {
                if (!double.IsFinite(iy[i]) || !double.IsFinite(iy[i + 1])) continue;
                annotations.Add(Style.Object(
                    ("x", ix[i + 1]), ("y", iy[i + 1]), ("ax", ix[i]), ("ay", iy[i]),
                    ("xref", "x"), ("yref", "y"), ("axref", "x"), ("ayref", "y"),
                    ("showarrow", true), ("arrowhead", 2), ("arrowsize", 1), ("arrowwidth", 1.5),
                    ("arrowcolor", color), ("text", "")));
            }
        }

        return Style.Figure(traces, title, xTitle, yTitle, showLegend: traces.Count > 1,
            extraLayout: [("annotations", annotations.Count > 0 ? annotations : null)]);
    }
}
