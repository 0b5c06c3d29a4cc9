using MathNet.Numerics.LinearAlgebra;

namespace Descent.Objectives;

/// <summary>
/// Himmelblau's function f(x, y) = (x² + y − 11)² + (x + y² − 7)².
/// Four minima, all global with f = 0: (3, 2), (−2.805118, 3.131313), (−3.779310, −3.283186), (3.584428, −1.848127).
/// Which one gradient descent reaches depends only on the start.
/// </summary>
/// <remarks>∇f = ( 4x(x² + y − 11) + 2(x + y² − 7),  2(x² + y − 11) + 4y(x + y² − 7) ).</remarks>
public sealed class Himmelblau : Objective
{
    private static readonly double[][] KnownMinima =
    [
        [3, 2],
        Polish(-2.805118, 3.131312),
        Polish(-3.779310, -3.283186),
        Polish(3.584428, -1.848126),
    ];

    /// <inheritdoc/>
    public override string Name => "Himmelblau";
    /// <inheritdoc/>
    public override int Dimension => 2;
    /// <inheritdoc/>
    public override IReadOnlyList<double[]> Minima => KnownMinima.Select(m => (double[])m.Clone()).ToArray();
    /// <inheritdoc/>
    public override (double Min, double Max)[] PlotBounds => [(-5, 5), (-5, 5)];

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> p)
    {
        double u = p[0] * p[0] + p[1] - 11, v = p[0] + p[1] * p[1] - 7;
        return u * u + v * v;
    }

    /// <inheritdoc/>
    protected override void EvaluateGradient(ReadOnlySpan<double> p, Span<double> gradient)
    {
        double x = p[0], y = p[1];
        double u = x * x + y - 11, v = x + y * y - 7;
        gradient[0] = 4 * x * u + 2 * v;
        gradient[1] = 2 * u + 4 * y * v;
    }

    /// <summary>Newton's method on ∇f = 0 from a tabulated 6-digit value, to full double precision.</summary>
    private static double[] Polish(double x, double y)
    {
        for (int iteration = 0; iteration < 20; iteration++)
        {
            double u = x * x + y - 11, v = x + y * y - 7;
            var gradient = Vector<double>.Build.Dense([4 * x * u + 2 * v, 2 * u + 4 * y * v]);
            var hessian = Matrix<double>.Build.DenseOfArray(new[,]
            {
                { 12 * x * x + 4 * y - 42, 4 * x + 4 * y },
                { 4 * x + 4 * y, 4 * x + 12 * y * y - 26 },
            });
            var delta = hessian.Solve(gradient);
            x -= delta[0];
            y -= delta[1];
        }
        return [x, y];
    }
}
