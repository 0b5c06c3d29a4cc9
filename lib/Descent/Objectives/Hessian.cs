using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Descent.Objectives;

/// <summary>
/// The Hessian ∇²f by central differences of the analytic gradient, and what it tells about a point.
/// </summary>
public static class Hessian
{
    /// <summary>
    /// Column j is (∇f(x + h eⱼ) − ∇f(x − h eⱼ)) / 2h, then the matrix is symmetrized as (H + Hᵀ)/2.
    /// Default h = 1e-5.
    /// </summary>
    public static Matrix<double> FiniteDifference(IObjective f, double[] x, double step = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != f.Dimension)
            throw new ArgumentException($"{f.Name} takes {f.Dimension} coordinates, but x has length {x.Length}.", nameof(x));
        if (!(step > 0) || !double.IsFinite(step))
            throw new ArgumentOutOfRangeException(nameof(step), step, "The difference step must be positive and finite.");

        int n = x.Length;
        var h = Matrix<double>.Build.Dense(n, n);
        var shifted = (double[])x.Clone();
        var plus = new double[n];
        var minus = new double[n];
        for (int j = 0; j < n; j++)
        {
            shifted[j] = x[j] + step;
            f.Gradient(shifted, plus);
            shifted[j] = x[j] - step;
            f.Gradient(shifted, minus);
            shifted[j] = x[j];
            for (int i = 0; i < n; i++)
                h[i, j] = (plus[i] - minus[i]) / (2 * step);
        }
        return (h + h.Transpose()) / 2;
    }

    /// <summary>Eigenvalues of the finite-difference Hessian at x, ascending (all positive at a strict minimum).</summary>
    public static double[] Eigenvalues(IObjective f, double[] x) =>
        FiniteDifference(f, x).Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();

    /// <summary>κ = max|λ| / min|λ| of the Hessian at x.</summary>
    public static double ConditionNumber(IObjective f, double[] x)
    {
        var absolute = Eigenvalues(f, x).Select(Math.Abs).ToArray();
        return absolute.Max() / absolute.Min();
    }
}
