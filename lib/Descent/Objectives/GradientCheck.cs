namespace Descent.Objectives;

/// <summary>
/// Checks an analytic gradient against central differences, one coordinate at a time:
/// ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / 2h, with error O(h²). Default h = 1e-6.
/// </summary>
public static class GradientCheck
{
    /// <summary>Checks <see cref="IObjective.Gradient(ReadOnlySpan{double}, Span{double})"/> at <paramref name="x"/>.</summary>
    public static GradientCheckResult Check(IObjective f, double[] x, double step = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(f);
        return Check(p => f.Value(p), p =>
        {
            var g = new double[f.Dimension];
            f.Gradient(p, g);
            return g;
        }, x, step);
    }

    /// <summary>Checks any function and gradient given as delegates (used for the models too).</summary>
    public static GradientCheckResult Check(Func<double[], double> f, Func<double[], double[]> gradient, double[] x, double step = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(x);
        if (!(step > 0) || !double.IsFinite(step))
            throw new ArgumentOutOfRangeException(nameof(step), step, "The difference step must be positive and finite.");

        double[] analytic = gradient((double[])x.Clone());
        if (analytic.Length != x.Length)
            throw new ArgumentException($"The gradient has length {analytic.Length} but x has length {x.Length}.", nameof(gradient));

        var numeric = new double[x.Length];
        var shifted = (double[])x.Clone();
        for (int i = 0; i < x.Length; i++)
        {
            shifted[i] = x[i] + step;
            double plus = f(shifted);
            shifted[i] = x[i] - step;
            double minus = f(shifted);
            shifted[i] = x[i];
            numeric[i] = (plus - minus) / (2 * step);
        }

        double maxAbsolute = 0, maxRelative = 0;
        for (int i = 0; i < x.Length; i++)
        {
            maxAbsolute = Math.Max(maxAbsolute, Math.Abs(analytic[i] - numeric[i]));
            maxRelative = Math.Max(maxRelative, RelativeError(analytic[i], numeric[i]));
        }
        return new GradientCheckResult(analytic, numeric, maxAbsolute, maxRelative);
    }

    /// <summary>|a − n| / max(1e-8, |a| + |n|).</summary>
    public static double RelativeError(double analytic, double numeric) =>
        Math.Abs(analytic - numeric) / Math.Max(1e-8, Math.Abs(analytic) + Math.Abs(numeric));
}
