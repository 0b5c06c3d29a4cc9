using Descent.Training;

namespace Descent.Plots;

/// <summary>
/// One named line or point series for <see cref="Charts.Lines(string, string, string, Series[])"/>.
/// </summary>
/// <param name="Name">Legend entry and hover label.</param>
/// <param name="X">Horizontal coordinates.</param>
/// <param name="Y">Vertical coordinates; same length as <paramref name="X"/>.</param>
/// <param name="Mode">Plotly drawing mode: <c>"lines"</c> (the default when null), <c>"markers"</c> or <c>"lines+markers"</c>.</param>
public sealed record Series(string Name, double[] X, double[] Y, string? Mode = null)
{
    /// <summary>A series over steps 0, 1, 2, … (x = index of the value).</summary>
    public static Series OverSteps(string name, IEnumerable<double> y, string? mode = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        var values = y.ToArray();
        return new Series(name, Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray(), values, mode);
    }
}

/// <summary>
/// A named path through a 2-D plane (for example the iterates of an optimizer), drawn over contour and surface charts.
/// </summary>
/// <param name="Name">Legend entry (for example the optimizer's name).</param>
/// <param name="Points">Visited points in order; each has at least two coordinates (only the first two are drawn).</param>
public sealed record PathSeries(string Name, IReadOnlyList<double[]> Points)
{
    /// <summary>The path of an optimizer run, named by its <see cref="Trajectory.Label"/>.</summary>
    public static PathSeries From(Trajectory trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        return new PathSeries(string.IsNullOrEmpty(trajectory.Label) ? "run" : trajectory.Label, trajectory.Points);
    }

    /// <summary>Lets a <see cref="Trajectory"/> be passed wherever a path is expected.</summary>
    public static implicit operator PathSeries(Trajectory trajectory) => From(trajectory);
}

/// <summary>Options for the charts that draw a function of two variables (contour, surface, animated, basin map).</summary>
public sealed record ContourOptions
{
    /// <summary>Draws the levels of log10(1 + f − min f) instead of f, which separates the levels of functions
    /// with a huge range such as Rosenbrock. Default false.</summary>
    public bool LogScale { get; init; }

    /// <summary>Fills the space between contour lines with color (true, the default) or draws only the lines.</summary>
    public bool Filled { get; init; } = true;

    /// <summary>Number of grid points along each axis at which f is evaluated. Default 100; at least 10.</summary>
    public int Resolution { get; init; } = 100;

    /// <summary>Number of contour levels plotly aims for. Default 30.</summary>
    public int Levels { get; init; } = 30;

    /// <summary>Title of the horizontal axis. Default "x₁".</summary>
    public string XTitle { get; init; } = "x₁";

    /// <summary>Title of the vertical axis. Default "x₂".</summary>
    public string YTitle { get; init; } = "x₂";

    /// <summary>The default options: filled linear levels, 100 × 100 grid, 30 levels.</summary>
    public static ContourOptions Default { get; } = new();
}
