namespace Descent.Schedules;

/// <summary>
/// Warmup–stable–decay (WSD; Hu et al. 2024, "MiniCPM"; Hägele et al. 2024, "Scaling Laws and Compute-Optimal Training
/// beyond Fixed Training Durations"): a linear warmup from 0 to the peak η over W steps, the constant η until the decay
/// starts at S = T − D, then a decay to η_min over the last D steps, and η_min from T on:
/// η_t = η t / W for t &lt; W; η for W ≤ t &lt; S; η_min + (η − η_min) f((t − S) / D) for S ≤ t &lt; T; η_min for t ≥ T,
/// with f from <see cref="DecayShape"/>. Unlike a cosine schedule, the stable phase does not depend on T, so a run can be
/// extended (or a checkpoint decayed) without starting over.
/// </summary>
public sealed class WarmupStableDecaySchedule : Schedule
{
    /// <summary>See <see cref="Schedule.WarmupStableDecay"/>.</summary>
    public WarmupStableDecaySchedule(double peak, int warmupSteps, int totalSteps, int decaySteps, double minimum = 0, DecayShape shape = DecayShape.Linear)
    {
        ScheduleArguments.Rate(peak, nameof(peak));
        ScheduleArguments.AtLeast(warmupSteps, 0, nameof(warmupSteps));
        ScheduleArguments.AtLeast(decaySteps, 1, nameof(decaySteps));
        if ((long)warmupSteps + decaySteps > totalSteps)
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps,
                $"totalSteps must be at least warmupSteps + decaySteps ({warmupSteps} + {decaySteps}).");
        ScheduleArguments.Rate(minimum, nameof(minimum));
        if (!Enum.IsDefined(shape))
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown decay shape.");
        Peak = peak;
        WarmupSteps = warmupSteps;
        TotalSteps = totalSteps;
        DecaySteps = decaySteps;
        Minimum = minimum;
        Shape = shape;
    }

    /// <summary>η, the rate of the stable phase.</summary>
    public double Peak { get; }

    /// <summary>W, the number of warmup steps.</summary>
    public int WarmupSteps { get; }

    /// <summary>T, the step at which η_min is reached.</summary>
    public int TotalSteps { get; }

    /// <summary>D, the number of decay steps.</summary>
    public int DecaySteps { get; }

    /// <summary>S = T − D, the first step of the decay.</summary>
    public int DecayStart => TotalSteps - DecaySteps;

    /// <summary>η_min, the rate at and after step T.</summary>
    public double Minimum { get; }

    /// <summary>f, the shape of the decay.</summary>
    public DecayShape Shape { get; }

    /// <inheritdoc/>
    public override string Name =>
        $"WSD 0→{Format(Peak)} over {WarmupSteps}, stable to {DecayStart}, {Shape} decay to {Format(Minimum)} at {TotalSteps}";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        if (step < WarmupSteps) return Peak * step / WarmupSteps;
        if (step < DecayStart) return Peak;
        if (step >= TotalSteps) return Minimum;
        double u = (double)(step - DecayStart) / DecaySteps;
        double f = Shape switch
        {
            DecayShape.Linear => 1 - u,
            DecayShape.Cosine => (1 + Math.Cos(Math.PI * u)) / 2,
            _ => 1 - Math.Sqrt(u),
        };
        return Minimum + (Peak - Minimum) * f;
    }
}
