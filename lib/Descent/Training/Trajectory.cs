using System.Globalization;

namespace Descent.Training;

/// <summary>
/// The path of an optimizer on an objective (d2l's <c>train_2d</c> result): the points x₀ (the start), x₁, …, x_T,
/// with f and ‖∇f‖ at each, and how the run ended.
/// </summary>
public sealed class Trajectory
{
    internal Trajectory(IReadOnlyList<double[]> points, IReadOnlyList<double> values, IReadOnlyList<double> gradientNorms,
        bool converged, int? divergedAtStep, string report, string label)
    {
        Points = points;
        Values = values;
        GradientNorms = gradientNorms;
        Converged = converged;
        DivergedAtStep = divergedAtStep;
        Report = report;
        Label = label;
    }

    /// <summary>x₀ (the start), x₁, …: one more than <see cref="Steps"/>.</summary>
    public IReadOnlyList<double[]> Points { get; }

    /// <summary>f(xₜ) for every point.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>‖∇f(xₜ)‖₂ for every point.</summary>
    public IReadOnlyList<double> GradientNorms { get; }

    /// <summary>True when the gradient norm reached the tolerance (the run then stopped early).</summary>
    public bool Converged { get; }

    /// <summary>True when f became non-finite or some |xᵢ| exceeded 1e12.</summary>
    public bool Diverged => DivergedAtStep is not null;

    /// <summary>The step t whose point xₜ first was non-finite or beyond 1e12; null when the run did not diverge.</summary>
    public int? DivergedAtStep { get; }

    /// <summary>One sentence on how the run ended.</summary>
    public string Report { get; }

    /// <summary>Number of updates performed (Points.Count − 1).</summary>
    public int Steps => Points.Count - 1;

    /// <summary>The last point.</summary>
    public double[] Final => Points[^1];

    /// <summary>Name for legends; the optimizer's name unless replaced with <see cref="WithLabel"/>.</summary>
    public string Label { get; }

    /// <summary>Coordinate <paramref name="index"/> of every point (e.g. 0 for x, 1 for y when drawing a path).</summary>
    public double[] Coordinate(int index)
    {
        if (index < 0 || index >= Points[0].Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in 0..{Points[0].Length - 1}.");
        return Points.Select(p => p[index]).ToArray();
    }

    /// <summary>The same trajectory under another legend label.</summary>
    public Trajectory WithLabel(string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        return new Trajectory(Points, Values, GradientNorms, Converged, DivergedAtStep, Report, label);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Label}: {Report}";

    internal static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
