namespace Descent.Objectives;

/// <summary>
/// Rastrigin's function f(x) = A n + Σᵢ (xᵢ² − A cos(2π xᵢ)), defaults n = 2, A = 10.
/// The global minimum is the origin with f = 0, surrounded by a regular grid of local minima
/// near the integer points; the usual window is [−5.12, 5.12]ⁿ.
/// </summary>
/// <remarks>∂f/∂xᵢ = 2xᵢ + 2πA sin(2π xᵢ).</remarks>
public sealed class Rastrigin : Objective
{
    private readonly int dimension;

    /// <param name="dimension">Number of variables n ≥ 1; default 2.</param>
    /// <param name="a">Amplitude A ≥ 0 of the ripples; default 10.</param>
    public Rastrigin(int dimension = 2, double a = 10)
    {
        if (dimension < 1) throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "dimension must be at least 1.");
        if (!(a >= 0) || !double.IsFinite(a)) throw new ArgumentOutOfRangeException(nameof(a), a, "a must be finite and non-negative.");
        this.dimension = dimension;
        A = a;
    }

    /// <summary>Amplitude A ≥ 0 of the ripples; default 10.</summary>
    public double A { get; }

    /// <inheritdoc/>
    public override string Name => $"Rastrigin (n = {dimension}, A = {A})";
    /// <inheritdoc/>
    public override int Dimension => dimension;

    /// <summary>The global minimum, the origin. The many local minima are not listed.</summary>
    public override IReadOnlyList<double[]> Minima => [new double[dimension]];

    /// <inheritdoc/>
    public override (double Min, double Max)[] PlotBounds =>
        Enumerable.Repeat((-5.12, 5.12), dimension).ToArray();

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> x)
    {
        double sum = A * dimension;
        foreach (double xi in x)
            sum += xi * xi - A * Math.Cos(2 * Math.PI * xi);
        return sum;
    }

    /// <inheritdoc/>
    protected override void EvaluateGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        for (int i = 0; i < x.Length; i++)
            gradient[i] = 2 * x[i] + 2 * Math.PI * A * Math.Sin(2 * Math.PI * x[i]);
    }
}
