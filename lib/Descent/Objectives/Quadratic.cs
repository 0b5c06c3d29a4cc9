using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Descent.Objectives;

/// <summary>
/// The quadratic f(x) = ½ xᵀA x − bᵀx with symmetric A, the model of every smooth minimum.
/// ∇f(x) = A x − b and the Hessian is A everywhere. When A is positive definite the unique minimum is the
/// solution of A x* = b (solved by Cholesky factorization), with f(x*) = −½ bᵀx*.
/// Gradient descent with learning rate η converges iff η &lt; 2/λmax, and its speed is set by the
/// condition number κ = λmax/λmin.
/// </summary>
public sealed class Quadratic : Objective
{
    private readonly double[,] a;
    private readonly double[] b;
    private readonly double[]? minimum;

    /// <summary>The axis-aligned quadratic f(x) = ½ Σ λᵢ xᵢ² (A = diag(λ), b = 0); minimum at the origin when all λᵢ &gt; 0.</summary>
    /// <param name="eigenvalues">The diagonal λ of A, one per dimension.</param>
    public Quadratic(double[] eigenvalues)
        : this(DiagonalOf(eigenvalues), null)
    {
    }

    /// <summary>f(x) = ½ xᵀA x − bᵀx for a symmetric matrix A and an optional vector b (default 0).</summary>
    public Quadratic(Matrix<double> a, Vector<double>? b = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.RowCount != a.ColumnCount || a.RowCount == 0)
            throw new ArgumentException($"A must be square and non-empty, but it is {a.RowCount}×{a.ColumnCount}.", nameof(a));
        if ((a - a.Transpose()).InfinityNorm() > 1e-12 * Math.Max(1, a.InfinityNorm()))
            throw new ArgumentException("A must be symmetric.", nameof(a));
        if (b is not null && b.Count != a.RowCount)
            throw new ArgumentException($"b has length {b.Count} but A is {a.RowCount}×{a.RowCount}.", nameof(b));

        Hessian = a.Clone();
        B = b?.Clone() ?? Vector<double>.Build.Dense(a.RowCount);
        this.a = Hessian.ToArray();
        this.b = B.ToArray();
        Eigenvalues = Hessian.Evd(Symmetricity.Symmetric).EigenValues.Select(z => z.Real).Order().ToArray();
        var absolute = Eigenvalues.Select(Math.Abs).ToArray();
        ConditionNumber = absolute.Max() / absolute.Min();
        IsPositiveDefinite = Eigenvalues[0] > 0;
        if (IsPositiveDefinite)
            minimum = Hessian.Cholesky().Solve(B).ToArray();
    }

    /// <summary>
    /// A 2-D axis-aligned quadratic f = ½(λ₁x² + λ₂y²) with λ₁ = <paramref name="smallest"/> and
    /// λ₂ = κ·λ₁, so that its condition number is exactly κ: the valley is long along x and steep along y.
    /// </summary>
    /// <param name="conditionNumber">κ ≥ 1.</param>
    /// <param name="smallest">λmin &gt; 0; default 1.</param>
    public static Quadratic WithConditioning(double conditionNumber, double smallest = 1)
    {
        if (!(conditionNumber >= 1) || !double.IsFinite(conditionNumber))
            throw new ArgumentOutOfRangeException(nameof(conditionNumber), conditionNumber, "The condition number must be finite and at least 1.");
        if (!(smallest > 0) || !double.IsFinite(smallest))
            throw new ArgumentOutOfRangeException(nameof(smallest), smallest, "The smallest eigenvalue must be positive and finite.");
        return new Quadratic([smallest, conditionNumber * smallest]);
    }

    /// <summary>The matrix A, which is also the Hessian ∇²f everywhere.</summary>
    public Matrix<double> Hessian { get; }

    /// <summary>The linear term b.</summary>
    public Vector<double> B { get; }

    /// <summary>Eigenvalues of A, ascending.</summary>
    public IReadOnlyList<double> Eigenvalues { get; }

    /// <summary>κ = max|λ| / min|λ| (for positive definite A: λmax/λmin). Infinite when A is singular.</summary>
    public double ConditionNumber { get; }

    /// <summary>True when every eigenvalue is positive, so the minimum exists and is unique.</summary>
    public bool IsPositiveDefinite { get; }

    /// <summary>x* = A⁻¹b when A is positive definite, otherwise null.</summary>
    public double[]? Minimum => (double[]?)minimum?.Clone();

    /// <summary>f(x*) = −½ bᵀx*, or null when there is no minimum.</summary>
    public double? MinimumValue => minimum is null ? null : Value(minimum);

    /// <inheritdoc/>
    public override string Name => Dimension == 2 && B.All(v => v == 0) && IsDiagonal
        ? $"Quadratic (λ = {a[0, 0]}, {a[1, 1]}; κ = {ConditionNumber:G4})"
        : $"Quadratic (n = {Dimension}, κ = {ConditionNumber:G4})";

    /// <inheritdoc/>
    public override int Dimension => b.Length;

    /// <inheritdoc/>
    public override IReadOnlyList<double[]> Minima => minimum is null ? [] : [Minimum!];

    /// <summary>A window of ±2 around the minimum (or the origin).</summary>
    public override (double Min, double Max)[] PlotBounds =>
        (minimum ?? new double[Dimension]).Select(c => (c - 2, c + 2)).ToArray();

    private bool IsDiagonal => Hessian.EnumerateIndexed().All(e => e.Item1 == e.Item2 || e.Item3 == 0);

    /// <inheritdoc/>
    protected override double Evaluate(ReadOnlySpan<double> x)
    {
        double quadratic = 0, linear = 0;
        for (int i = 0; i < x.Length; i++)
        {
            for (int j = 0; j < x.Length; j++)
                quadratic += x[i] * a[i, j] * x[j];
            linear += b[i] * x[i];
        }
        return 0.5 * quadratic - linear;
    }

    /// <inheritdoc/>
    protected override void EvaluateGradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        for (int i = 0; i < x.Length; i++)
        {
            double ax = 0;
            for (int j = 0; j < x.Length; j++)
                ax += a[i, j] * x[j];
            gradient[i] = ax - b[i];
        }
    }

    private static Matrix<double> DiagonalOf(double[] eigenvalues)
    {
        ArgumentNullException.ThrowIfNull(eigenvalues);
        if (eigenvalues.Length == 0)
            throw new ArgumentException("At least one eigenvalue is needed.", nameof(eigenvalues));
        foreach (double lambda in eigenvalues)
            if (!double.IsFinite(lambda))
                throw new ArgumentOutOfRangeException(nameof(eigenvalues), lambda, "Eigenvalues must be finite.");
        return Matrix<double>.Build.DenseOfDiagonalArray(eigenvalues);
    }
}
