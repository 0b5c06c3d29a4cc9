using MathNet.Numerics;

namespace Descent.Objectives;

/// <summary>
/// The tilted double well f(x) = x⁴ − 4x² + x: two valleys of different depth.
/// Global minimum x ≈ −1.4730 (f ≈ −5.4442), local minimum x ≈ 1.3470 (f ≈ −2.6186),
/// local maximum x ≈ 0.1260 between them. Gradient descent started right of the maximum ends in the
/// shallower valley.
/// </summary>
/// <remarks>
/// f′(x) = 4x³ − 8x + 1, f″(x) = 12x² − 8. The stationary points are the real roots of f′, found with
/// <see cref="FindRoots.Polynomial(double[])"/> and refined by two Newton steps; minima are those with f″ &gt; 0.
/// </remarks>
public sealed class DoubleWell : OneDimensionalObjective
{
    private static readonly double[] StationaryPointsSorted = FindStationaryPoints();

    /// <inheritdoc/>
    public override string Name => "Double well x⁴ − 4x² + x";

    /// <inheritdoc/>
    public override double Value(double x) => x * x * x * x - 4 * x * x + x;
    /// <inheritdoc/>
    public override double Derivative(double x) => 4 * x * x * x - 8 * x + 1;

    /// <summary>f″(x) = 12x² − 8.</summary>
    public static double SecondDerivative(double x) => 12 * x * x - 8;

    /// <summary>Every x with f′(x) = 0, ascending: minimum, maximum, minimum.</summary>
    public IReadOnlyList<double> StationaryPoints => StationaryPointsSorted;

    /// <summary>The two minimizers, global (deeper) first.</summary>
    public override IReadOnlyList<double> MinimaX =>
        StationaryPointsSorted.Where(x => SecondDerivative(x) > 0).OrderBy(Value).ToArray();

    /// <summary>The local maximizer between the two wells.</summary>
    public double LocalMaximum => StationaryPointsSorted.Single(x => SecondDerivative(x) < 0);

    /// <inheritdoc/>
    public override (double Min, double Max) Bounds => (-2.3, 2.2);

    private static double[] FindStationaryPoints()
    {
        // f′(x) = 1 − 8x + 0x² + 4x³, coefficients in ascending powers.
        var roots = FindRoots.Polynomial([1, -8, 0, 4]);
        return roots
            .Where(r => Math.Abs(r.Imaginary) < 1e-9)
            .Select(r => Refine(r.Real))
            .Order()
            .ToArray();

        static double Refine(double x)
        {
            for (int i = 0; i < 2; i++)
                x -= (4 * x * x * x - 8 * x + 1) / SecondDerivative(x);
            return x;
        }
    }
}
