using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws loss against step (0, 1, 2, …) for each named run, on a logarithmic loss axis.
    /// Non-finite losses (a diverged run) are left as gaps.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="series">At least one (name, losses) pair, each with at least one loss.</param>
    /// <exception cref="ArgumentException">No series or a series without losses.</exception>
    public static GenericChart LossCurves(string title, params (string Name, IEnumerable<double> Loss)[] series) =>
        LossCurves(title, logY: true, series);

    /// <summary>
    /// Draws loss against step (0, 1, 2, …) for each named run; x axis "step", y axis "loss".
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="logY">Logarithmic loss axis (the usual choice: losses shrink by orders of magnitude).</param>
    /// <param name="series">At least one (name, losses) pair, each with at least one loss.</param>
    /// <exception cref="ArgumentException">No series or a series without losses.</exception>
    public static GenericChart LossCurves(string title, bool logY, params (string Name, IEnumerable<double> Loss)[] series)
    {
        Guard.NotEmpty(series, nameof(series));
        var lines = series.Select((s, i) =>
        {
            var loss = s.Loss?.ToArray() ?? throw new ArgumentException($"series[{i}] (\"{s.Name}\") has no losses.", nameof(series));
            if (loss.Length == 0) throw new ArgumentException($"series[{i}] (\"{s.Name}\") has no losses.", nameof(series));
            return Series.OverSteps(s.Name, loss);
        }).ToArray();
        return Lines(title, "step", "loss", logY, lines);
    }
}
