namespace Descent.Objectives;

/// <summary>
/// Beale's function f(x, y) = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)².
/// One global minimum at (3, 0.5) with f = 0; very flat plateaus and steep ridges around it.
/// </summary>
public sealed class Beale : Objective
{
    /// <inheritdoc/>
    public override string Name => "Beale";
    /// <inheritdoc/>
    public override int Dimension => 2;
    /// <inheritdoc/>
    public override IReadOnlyList<double[]> Minima => [[3, 0.5]];
    /// <inheritdoc/>
    public override (double Min, double Max)[] PlotBounds => [(-4.5, 4.5), (-4.5, 4.5)];

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> p)
    {
        var (t1, t2, t3) = Terms(p[0], p[1]);
        return t1 * t1 + t2 * t2 + t3 * t3;
    }

    /// <remarks>
    /// With tₖ = cₖ − x + x yᵏ: ∂f/∂x = Σ 2tₖ (yᵏ − 1), ∂f/∂y = Σ 2tₖ · k x yᵏ⁻¹.
    /// </remarks>
    protected override void EvaluateGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double x = p[0], y = p[1];
        var (t1, t2, t3) = Terms(x, y);
        gradient[0] = 2 * t1 * (y - 1) + 2 * t2 * (y * y - 1) + 2 * t3 * (y * y * y - 1);
        gradient[1] = 2 * t1 * x + 2 * t2 * 2 * x * y + 2 * t3 * 3 * x * y * y;
    }

    private static (double T1, double T2, double T3) Terms(double x, double y) =>
        (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y);
}
