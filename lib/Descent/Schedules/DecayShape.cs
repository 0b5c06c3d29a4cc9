namespace Descent.Schedules;

/// <summary>
/// How the decay phase of a <see cref="WarmupStableDecaySchedule"/> falls from the peak η to η_min, as a function of
/// the progress u ∈ [0, 1] through the phase: η_min + (η − η_min) · f(u).
/// </summary>
public enum DecayShape
{
    /// <summary>f(u) = 1 − u, a straight line (the most common choice).</summary>
    Linear,

    /// <summary>f(u) = (1 + cos πu) / 2, half a cosine period.</summary>
    Cosine,

    /// <summary>f(u) = 1 − √u, which Hägele et al. (2024) found to match a cosine schedule of the full length.</summary>
    OneMinusSquareRoot,
}
