namespace Descent.Objectives;

/// <summary>
/// A function of one variable f: ℝ → ℝ with derivative f′. Usable wherever an <see cref="IObjective"/>
/// of dimension 1 is expected, and directly with scalars through <see cref="Value(double)"/> and <see cref="Derivative"/>.
/// </summary>
public abstract class OneDimensionalObjective : Objective
{
    /// <inheritdoc/>
    public sealed override int Dimension => 1;

    /// <summary>f(x).</summary>
    public abstract double Value(double x);

    /// <summary>f′(x).</summary>
    public abstract double Derivative(double x);

    /// <summary>The minimizers x* as scalars, global first.</summary>
    public abstract IReadOnlyList<double> MinimaX { get; }

    /// <summary>The drawing window for x.</summary>
    public abstract (double Min, double Max) Bounds { get; }

    /// <inheritdoc/>
    public sealed override IReadOnlyList<double[]> Minima => MinimaX.Select(x => new[] { x }).ToArray();
    /// <inheritdoc/>
    public sealed override (double Min, double Max)[] PlotBounds => [Bounds];

    /// <inheritdoc/>
    protected sealed override double Evaluate(ReadOnlySpan<double> x) => Value(x[0]);

    /// <inheritdoc/>
    protected sealed override void EvaluateGradient(ReadOnlySpan<double> x, Span<double> gradient) =>
        gradient[0] = Derivative(x[0]);
}
