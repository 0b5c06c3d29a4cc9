namespace Descent.Data;

/// <summary>
/// Derives an independent, reproducible <see cref="Random"/> for each (seed, epoch) pair, so that no sampler
/// depends on global or shared state and epoch 7 can be replayed without replaying epochs 0–6.
/// </summary>
/// <remarks>
/// The pair is packed into 64 bits and passed through the SplitMix64 finalizer (Steele, Lea and Flood 2014),
/// which spreads neighbouring seeds and epochs far apart; the result seeds <c>new Random(int)</c>, whose
/// sequence for a given seed is fixed across .NET versions.
/// </remarks>
public static class EpochRandom
{
    /// <summary>A new generator for (<paramref name="seed"/>, <paramref name="epoch"/>).</summary>
    public static Random Create(int seed, int epoch) => new(Mix(seed, epoch));

    /// <summary>The 32-bit seed derived from (<paramref name="seed"/>, <paramref name="epoch"/>) by SplitMix64.</summary>
    public static int Mix(int seed, int epoch)
    {
        ulong z = ((ulong)(uint)seed << 32) | (uint)epoch;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z ^ (z >> 32));
    }
}
