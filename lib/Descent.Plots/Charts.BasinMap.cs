using Descent.Objectives;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Runs a minimizer from every point of a <paramref name="gridSize"/> × <paramref name="gridSize"/> grid over the
    /// objective's <see cref="IObjective.PlotBounds"/> and draws a map of which known minimum each start reaches:
    /// each start is a square colored by the minimum its run ends within <paramref name="tolerance"/> of
    /// (gray: none — diverged, stalled or elsewhere), over the contour lines of f, with the minima as stars.
    /// </summary>
    /// <param name="f">An objective of dimension 2 with known minima.</param>
    /// <param name="finalPoint">The run: start → final point, e.g. <c>s =&gt; Minimizer.Run(f, s, new Sgd(0.01), 500).Final</c>.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="gridSize">Starts per axis; default 25, at least 2.</param>
    /// <param name="tolerance">Distance within which a final point counts as having reached a minimum; default 0.1.</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not two-dimensional.</exception>
    public static GenericChart BasinMap(IObjective f, Func<double[], double[]> finalPoint, string title, int gridSize = 25, double tolerance = 0.1)
    {
        var function = FunctionGrid.Of(f);
        ArgumentNullException.ThrowIfNull(finalPoint);
        Guard.AtLeast(gridSize, 2, nameof(gridSize));
        var (xb, yb) = FunctionGrid.BoundsOf(f);
        var starts = (from y in Style.Linspace(yb.Min, yb.Max, gridSize)
                      from x in Style.Linspace(xb.Min, xb.Max, gridSize)
                      select new[] { x, y }).ToArray();
        var finals = starts.Select(s => finalPoint((double[])s.Clone())).ToArray();
        var options = new ContourOptions { Filled = false, Levels = 20, Resolution = 80 };
        var background = ContourTraces(function, xb, yb, options, null, [], out _);
        background[0].SetProperty("showscale", false);
        background[0].SetProperty("colorscale", "Greys");
        background[0].SetProperty("opacity", 0.5);
        var traces = BasinTraces(starts, finals, f.Minima, tolerance, options, markerSize: Math.Clamp(360 / gridSize, 4, 16));
        return Style.Figure([.. background, .. traces], title, options.XTitle, options.YTitle, showLegend: true, extraLayout: RangeLayout(xb, yb, options));
    }

    /// <summary>
    /// Draws a map of which minimum each start reached, from precomputed starts and final points: one colored trace per
    /// minimum ("→ minimum 1 (x, y)"), a gray trace for starts that reached none, and the minima as stars.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="starts">Start points (x, y).</param>
    /// <param name="finals">Final point of the run from each start; same count as <paramref name="starts"/>.</param>
    /// <param name="minima">The minima to classify by, at least one.</param>
    /// <param name="tolerance">Distance within which a final point counts as having reached a minimum; default 0.1.</param>
    /// <param name="xTitle">Horizontal axis title; default "x₁".</param>
    /// <param name="yTitle">Vertical axis title; default "x₂".</param>
    /// <exception cref="ArgumentException">No starts, counts that differ, no minima or a non-positive tolerance.</exception>
    public static GenericChart BasinMap(string title, IReadOnlyList<double[]> starts, IReadOnlyList<double[]> finals, IReadOnlyList<double[]> minima,
        double tolerance = 0.1, string xTitle = "x₁", string yTitle = "x₂")
    {
        var options = new ContourOptions { XTitle = xTitle, YTitle = yTitle };
        return Style.Figure(BasinTraces(starts, finals, minima, tolerance, options, markerSize: 8), title, xTitle, yTitle, showLegend: true);
    }

    /// <summary>Index of the minimum within <paramref name="tolerance"/> of <paramref name="point"/> (the nearest), or −1.</summary>
    internal static int ReachedMinimum(double[] point, IReadOnlyList<double[]> minima, double tolerance)
    {
        int best = -1;
        double bestDistance = tolerance;
        if (point is null || point.Any(v => !double.IsFinite(v))) return -1;
        for (int m = 0; m < minima.Count; m++)
        {
            double d = Math.Sqrt(point.Zip(minima[m], (a, b) => (a - b) * (a - b)).Sum());
            if (d <= bestDistance) { best = m; bestDistance = d; }
        }
        return best;
    }

    private static List<Trace> BasinTraces(IReadOnlyList<double[]> starts, IReadOnlyList<double[]> finals, IReadOnlyList<double[]> minima,
        double tolerance, ContourOptions options, int markerSize)
    {
        CheckPoints(starts, finals?.Count ?? -1, nameof(finals));
        Guard.NotEmpty(minima, nameof(minima));
        if (!(tolerance > 0) || !double.IsFinite(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be positive and finite.");
        var reached = finals!.Select(p => ReachedMinimum(p, minima, tolerance)).ToArray();
        var traces = new List<Trace>();
        for (int m = -1; m < minima.Count; m++)
        {
            var rows = Enumerable.Range(0, starts.Count).Where(i => reached[i] == m).ToArray();
            if (rows.Length == 0) continue;
            string name = m < 0 ? "no minimum" : $"→ minimum {m + 1} ({Style.Number(minima[m][0])}, {Style.Number(minima[m][1])})";
            traces.Add(Style.Trace("scatter",
                ("name", name), ("mode", "markers"),
                ("x", rows.Select(i => starts[i][0]).ToArray()), ("y", rows.Select(i => starts[i][1]).ToArray()),
                ("text", rows.Select(i => $"start ({Style.Number(starts[i][0])}, {Style.Number(starts[i][1])})<br>end ({string.Join(", ", finals![i].Select(Style.Number))})<br>{name}").ToArray()),
                ("hoverinfo", "text"),
                ("marker", Style.Object(("symbol", "square"), ("size", markerSize), ("opacity", 0.8), ("color", m < 0 ? "#bbbbbb" : Style.Color(m))))));
        }
        traces.Add(MinimaTrace(minima, (_, _) => double.NaN, options));
        return traces;
    }
}
