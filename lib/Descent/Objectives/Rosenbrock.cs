namespace Descent.Objectives;

/// <summary>
/// Rosenbrock's banana function f(x, y) = (a − x)² + b (y − x²)², defaults a = 1, b = 100.
/// One global minimum at (a, a²) with f = 0, at the bottom of a long, curved, flat valley.
/// </summary>
/// <remarks>∇f = ( −2(a − x) − 4b x (y − x²),  2b (y − x²) ).</remarks>
public sealed class Rosenbrock : Objective
{
    /// <param name="a">Position of the minimum (a, a²); default 1.</param>
    /// <param name="b">Steepness of the valley walls; must be positive; default 100.</param>
    public Rosenbrock(double a = 1, double b = 100)
    {
        if (!double.IsFinite(a)) throw new ArgumentOutOfRangeException(nameof(a), a, "a must be finite.");
        if (!(b > 0) || !double.IsFinite(b)) throw new ArgumentOutOfRangeException(nameof(b), b, "b must be positive and finite.");
        A = a;
        B = b;
    }

    /// <summary>Position of the minimum (a, a²); default 1.</summary>
    public double A { get; }
    /// <summary>Steepness of the valley walls; must be positive; default 100.</summary>
    public double B { get; }

    /// <inheritdoc/>
    public override string Name => $"Rosenbrock (a = {A}, b = {B})";
    /// <inheritdoc/>
    public override int Dimension => 2;
    /// <inheritdoc/>
    public override IReadOnlyList<double[]> Minima => [[A, A * A]];

    /// <inheritdoc/>
    public override (double Min, double Max)[] PlotBounds =>
        [(A - 3, A + 1.5), (A * A - 2, A * A + 2.5)];

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> p)
    {
        double x = p[0], y = p[1];
        return (A - x) * (A - x) + B * (y - x * x) * (y - x * x);
    }

    /// <inheritdoc/>
    protected override void EvaluateGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double x = p[0], y = p[1];
        gradient[0] = -2 * (A - x) - 4 * B * x * (y - x * x);
        gradient[1] = 2 * B * (y - x * x);
    }
}
