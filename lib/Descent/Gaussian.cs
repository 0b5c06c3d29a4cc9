namespace Descent;

/// <summary>
/// Standard normal samples from a seeded <see cref="Random"/>, by the Box–Muller transform, written out so that
/// initial weights and generated data sets are reproducible to the bit.
/// </summary>
public static class Gaussian
{
    /// <summary>
    /// z = √(−2 ln u₁) · cos(2π u₂) with u₁ ∈ (0, 1] and u₂ ∈ [0, 1) uniform: z ~ N(0, 1).
    /// (The sine half of the pair is discarded so that each call consumes exactly two uniforms.)
    /// </summary>
    public static double Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>μ + σ z with z ~ N(0, 1).</summary>
    public static double Next(Random random, double mean, double standardDeviation) =>
        mean + standardDeviation * Next(random);
}
