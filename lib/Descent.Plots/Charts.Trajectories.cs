using Descent.Objectives;
using Descent.Training;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws the contours of <paramref name="f"/> with each run's path, start, end and the known minima
    /// (see <see cref="Contour(IObjective, string, PathSeries[])"/>). Single trajectories can be passed directly
    /// as <c>Charts.Contour(f, title, run1, run2)</c>; this overload takes a collection.
    /// </summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="trajectories">The runs, named by their labels.</param>
    public static GenericChart Contour(IObjective f, string title, IEnumerable<Trajectory> trajectories) =>
        Contour(f, title, ContourOptions.Default, Paths(trajectories));

    /// <summary>Contours with options (for example <c>new ContourOptions { LogScale = true }</c> for Rosenbrock) and a collection of runs.</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="trajectories">The runs, named by their labels.</param>
    public static GenericChart Contour(IObjective f, string title, ContourOptions options, IEnumerable<Trajectory> trajectories) =>
        Contour(f, title, options, Paths(trajectories));

    /// <summary>The 3-D surface of <paramref name="f"/> with a collection of runs on it (see <see cref="Surface(IObjective, string, PathSeries[])"/>).</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="trajectories">The runs, named by their labels.</param>
    public static GenericChart Surface(IObjective f, string title, IEnumerable<Trajectory> trajectories) =>
        Surface(f, title, Paths(trajectories));

    /// <summary>The run slider of <see cref="Animated(IObjective, string, PathSeries[])"/> for a collection of runs.</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title; the current run's label is appended.</param>
    /// <param name="trajectories">At least one run, named by its label.</param>
    public static GenericChart Animated(IObjective f, string title, IEnumerable<Trajectory> trajectories) =>
        Animated(f, title, ContourOptions.Default, Paths(trajectories));

    /// <summary>The run slider with contour options, for a collection of runs.</summary>
    /// <param name="f">An objective of dimension 2.</param>
    /// <param name="title">Chart title; the current run's label is appended.</param>
    /// <param name="options">Levels, fill, resolution and axis titles.</param>
    /// <param name="trajectories">At least one run, named by its label.</param>
    public static GenericChart Animated(IObjective f, string title, ContourOptions options, IEnumerable<Trajectory> trajectories) =>
        Animated(f, title, options, Paths(trajectories));

    /// <summary>
    /// Draws f(xₜ) against step t for each run (legend = the runs' labels); diverged values are gaps.
    /// Linear value axis (f can be negative); see the overload with <c>logY</c>.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="trajectories">At least one run.</param>
    public static GenericChart ValueCurves(string title, params Trajectory[] trajectories) =>
        ValueCurves(title, logY: false, trajectories);

    /// <summary>Draws f(xₜ) against step t for each run; x axis "step", y axis "f(x)".</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">Logarithmic value axis (only for positive f, e.g. Rosenbrock or a quadratic above 0).</param>
    /// <param name="trajectories">At least one run.</param>
    /// <exception cref="ArgumentException">No runs.</exception>
    public static GenericChart ValueCurves(string title, bool logY, params Trajectory[] trajectories)
    {
        Guard.NotEmpty(trajectories, nameof(trajectories));
        var series = trajectories.Select((t, i) => Series.OverSteps(
            (t ?? throw new ArgumentException($"trajectories[{i}] is null.", nameof(trajectories))).Label, t.Values)).ToArray();
        return Lines(title, "step", "f(x)", logY, series);
    }

    /// <summary>
    /// Draws the per-step (per-batch) training loss of each run against the step, on a log axis; the legend shows
    /// each run's optimizer name. Use the (name, history) overload to choose the names.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="histories">At least one training history.</param>
    public static GenericChart LossCurves(string title, params TrainingHistory[] histories)
    {
        Guard.NotEmpty(histories, nameof(histories));
        return LossCurves(title, histories.Select((h, i) =>
            ((h ?? throw new ArgumentException($"histories[{i}] is null.", nameof(histories))).OptimizerName, h)).ToArray());
    }

    /// <summary>Draws the per-step training loss of each named run against the step, on a log axis.</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="runs">At least one (name, history).</param>
    public static GenericChart LossCurves(string title, params (string Name, TrainingHistory History)[] runs)
    {
        Guard.NotEmpty(runs, nameof(runs));
        return LossCurves(title, runs.Select(r => (r.Name, (IEnumerable<double>)(r.History?.Losses ?? []))).ToArray());
    }

    /// <summary>
    /// Draws the full-data loss at the end of each epoch (x = epoch 1, 2, …) for each named run, on a log axis.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="runs">At least one (name, history), each with at least one epoch.</param>
    /// <exception cref="ArgumentException">No runs or a run without epochs.</exception>
    public static GenericChart EpochLossCurves(string title, params (string Name, TrainingHistory History)[] runs)
    {
        Guard.NotEmpty(runs, nameof(runs));
        var series = runs.Select((r, i) =>
        {
            var losses = r.History?.EpochLosses.ToArray() ?? [];
            if (losses.Length == 0) throw new ArgumentException($"runs[{i}] (\"{r.Name}\") has no epochs.", nameof(runs));
            return new Series(r.Name, Enumerable.Range(1, losses.Length).Select(e => (double)e).ToArray(), losses, "lines+markers");
        }).ToArray();
        return Lines(title, "epoch", "loss (full data)", logY: true, series);
    }

    private static PathSeries[] Paths(IEnumerable<Trajectory> trajectories)
    {
        ArgumentNullException.ThrowIfNull(trajectories);
        return trajectories.Select(PathSeries.From).ToArray();
    }
}
