using Descent.Objectives;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws the contours of an objective with a slider that steps through the runs: each slider position shows one
    /// run's path (with its start and end) over the same contours and minima, and puts the run's name in the title.
    /// With more than one run the last position, "all", shows every run together.
    /// </summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title; the current run's name is appended.</param>
    /// <param name="runs">At least one path (for example one per learning rate or optimizer).</param>
    /// <exception cref="ArgumentException"><paramref name="f"/> is not two-dimensional, no runs, or a run without points.</exception>
    public static GenericChart Animated(IObjective f, string title, params PathSeries[] runs) =>
        Animated(f, title, ContourOptions.Default, runs);

    /// <summary>The slider chart of <see cref="Animated(IObjective, string, PathSeries[])"/> with contour options (e.g. log levels).</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title; the current run's name is appended.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="runs">At least one path.</param>
    public static GenericChart Animated(IObjective f, string title, ContourOptions options, params PathSeries[] runs)
    {
        var function = FunctionGrid.Of(f);
        var (x, y) = FunctionGrid.BoundsOf(f);
        return Animated(function, x, y, title, options, f.Minima, runs);
    }

    /// <summary>The slider chart of <see cref="Animated(IObjective, string, PathSeries[])"/> for f(x, y) over a window.</summary>
    /// <param name="f">The function f(x, y).</param>
    /// <param name="xBounds">Horizontal window, Min &lt; Max.</param>
    /// <param name="yBounds">Vertical window, Min &lt; Max.</param>
    /// <param name="title">Chart title; the current run's name is appended.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="minima">Points to mark with stars; null for none.</param>
    /// <param name="runs">At least one path.</param>
    public static GenericChart Animated(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds,
        string title, ContourOptions options, IReadOnlyList<double[]>? minima, params PathSeries[] runs)
    {
        Guard.NotEmpty(runs, nameof(runs));
        Guard.Paths(runs, nameof(runs));
        runs = Names.Unique(runs);
        var traces = ContourTraces(f, xBounds, yBounds, options, minima, [], out _);
        var background = traces.Count;
        for (int i = 0; i < runs.Length; i++)
        {
            traces.AddRange(PathTraces(runs[i], f, Style.Color(i), options, visible: i == 0));
        }
        if (minima is { Count: > 0 })
        {
            // Keep the minima on top of the paths.
            var stars = traces[1];
            traces.RemoveAt(1);
            traces.Add(stars);
        }
        int pathTraces = 3 * runs.Length;

        bool[] Visible(Func<int, bool> showsRun) =>
            traces.Select((_, t) => t == 0 || (t > 0 && t <= pathTraces ? showsRun((t - 1) / 3) : true)).ToArray();

        var steps = runs.Select((run, i) => Step(run.Name, Visible(r => r == i), $"{title} — {run.Name}")).ToList();
        if (runs.Length > 1) steps.Add(Step("all", Visible(_ => true), $"{title} — all runs"));
        var slider = Style.Object(
            ("active", 0), ("steps", steps), ("pad", Style.Object(("t", 50))),
            ("currentvalue", Style.Object(("prefix", "run: "), ("visible", true))));

        var chart = Style.Figure(traces, $"{title} — {runs[0].Name}", options.XTitle, options.YTitle, showLegend: true,
            extraLayout: [.. RangeLayout(xBounds, yBounds, options), ("sliders", new[] { slider }), ("height", DefaultHeight + 80)]);
        return chart;

        static Dictionary<string, object> Step(string label, bool[] visible, string stepTitle) => Style.Object(
            ("label", label), ("method", "update"),
            ("args", new object[] { Style.Object(("visible", visible)), Style.Object(("title.text", stepTitle)) }));
    }
}
