namespace Descent.Data;

/// <summary>Standard normal draws by the Box–Muller transform, written out so generated data stay bit-reproducible.</summary>
internal static class Gaussian
{
    /// <summary>z = √(−2 ln u₁) · cos(2π u₂), u₁ ∈ (0, 1], u₂ ∈ [0, 1); one draw per call (the sine partner is discarded).</summary>
    public static double Next(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A draw from N(<paramref name="mean"/>, <paramref name="standardDeviation"/>²).</summary>
    public static double Next(Random random, double mean, double standardDeviation) => mean + standardDeviation * Next(random);
}
