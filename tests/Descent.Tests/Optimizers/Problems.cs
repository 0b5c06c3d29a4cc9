using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

/// <summary>Small test problems with their gradients, written out so the optimizer tests depend on nothing else.</summary>
internal static class Problems
{
    /// <summary>
    /// The golden problem f(x) = 1/2 sum c_i x_i^2 in its first <paramref name="count"/> coordinates: c = (1, 10, 0.1, 2, 0.5, 5),
    /// started at (1.5, -2, 0.25, -0.5, 1, 3) (as in golden_values.py).
    /// </summary>
    public static double[] QuadraticStart(int count = 3) => OptimizerRegistry.GoldenStart.Take(count).ToArray();

    public static double[] QuadraticGradient(double[] x)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length; i++) g[i] = OptimizerRegistry.GoldenCurvatures[i] * x[i];
        return g;
    }

    /// <summary>Rosenbrock f(x, y) = (1 - x)^2 + 100 (y - x^2)^2.</summary>
    public static double[] RosenbrockStart() => [-1.2, 1.0];

    public static double[] RosenbrockGradient(double[] p)
    {
        double x = p[0], y = p[1];
        return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)];
    }

    /// <summary>A reproducible sequence of random vectors (gradients or starting points), values in [-scale, scale].</summary>
    public static double[] Random(Random random, int count, double scale = 1)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = scale * (2 * random.NextDouble() - 1);
        return values;
    }

    public static void AssertClose(double expected, double actual, double relative, string what)
    {
        double tolerance = relative * Math.Max(Math.Abs(expected), 1e-3);
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):E3}, tolerance {tolerance:E3})");
    }
}
