namespace Descent.Objectives;

/// <summary>
/// The analytic gradient next to its central-difference estimate, coordinate by coordinate.
/// Absolute error |a − n|; relative error |a − n| / max(1e-8, |a| + |n|), which stays meaningful when both are near 0.
/// </summary>
public sealed record GradientCheckResult(double[] Analytic, double[] Numeric, double MaxAbsoluteError, double MaxRelativeError)
{
    /// <summary>|aᵢ − nᵢ| per coordinate.</summary>
    public double[] AbsoluteErrors => Analytic.Zip(Numeric, (a, n) => Math.Abs(a - n)).ToArray();

    /// <summary>|aᵢ − nᵢ| / max(1e-8, |aᵢ| + |nᵢ|) per coordinate.</summary>
    public double[] RelativeErrors => Analytic.Zip(Numeric, GradientCheck.RelativeError).ToArray();

    /// <summary>
    /// True when every coordinate agrees to <paramref name="tolerance"/> (default 1e-6) in relative error
    /// or, for coordinates whose gradient is essentially zero, in absolute error.
    /// </summary>
    public bool Passes(double tolerance = 1e-6) =>
        Analytic.Zip(Numeric).All(p => GradientCheck.RelativeError(p.First, p.Second) <= tolerance
                                      || Math.Abs(p.First - p.Second) <= tolerance);

    /// <inheritdoc/>
    public override string ToString() =>
        $"Gradient check: max absolute error {MaxAbsoluteError:G3}, max relative error {MaxRelativeError:G3}";
}
