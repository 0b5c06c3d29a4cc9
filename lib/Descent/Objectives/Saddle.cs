namespace Descent.Objectives;

/// <summary>
/// The saddle f(x, y) = x² − y². It has no minimum (f → −∞ along the y axis): the origin is a stationary
/// point where the Hessian diag(2, −2) has one negative eigenvalue. Gradient descent started exactly on the
/// x axis converges to the saddle; started anywhere else it escapes along y.
/// <see cref="Minima"/> is empty; the stationary point is <see cref="SaddlePoint"/>.
/// </summary>
/// <remarks>∇f = (2x, −2y).</remarks>
public sealed class Saddle : Objective
{
    /// <inheritdoc/>
    public override string Name => "Saddle x² − y²";
    /// <inheritdoc/>
    public override int Dimension => 2;
    /// <inheritdoc/>
    public override IReadOnlyList<double[]> Minima => [];

    /// <summary>The stationary point (0, 0), which is not a minimum.</summary>
    public double[] SaddlePoint => [0, 0];

    /// <inheritdoc/>
    public override (double Min, double Max)[] PlotBounds => [(-2, 2), (-2, 2)];

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> p) => p[0] * p[0] - p[1] * p[1];

    /// <inheritdoc/>
    protected override void EvaluateGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient[0] = 2 * p[0];
        gradient[1] = -2 * p[1];
    }
}
