namespace Descent.Objectives;

/// <summary>
/// A differentiable function f: ℝⁿ → ℝ with an analytic gradient, its known minima and a window to draw it in.
/// </summary>
public interface IObjective
{
    /// <summary>Display name, e.g. "Rosenbrock (a = 1, b = 100)".</summary>
    string Name { get; }

    /// <summary>Number of variables n.</summary>
    int Dimension { get; }

    /// <summary>f(x).</summary>
    double Value(ReadOnlySpan<double> x);

    /// <summary>Writes ∇f(x) into <paramref name="gradient"/> (length <see cref="Dimension"/>).</summary>
    void Gradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>∇f(x) as a new array.</summary>
    double[] Gradient(double[] x)
    {
        var gradient = new double[Dimension];
        Gradient(x, gradient);
        return gradient;
    }

    /// <summary>Known minima, global first. Empty when the function has none (e.g. a saddle).</summary>
    IReadOnlyList<double[]> Minima { get; }

    /// <summary>A good window (min, max) per coordinate to draw the function in.</summary>
    (double Min, double Max)[] PlotBounds { get; }
}
