namespace Descent.Schedules;

/// <summary>
/// Linear warmup then constant: η_t = η · (s + (1 − s) · min(t, W) / W); η_t = η for t ≥ W (and for every t when W = 0).
/// </summary>
public sealed class LinearWarmupSchedule : Schedule
{
    /// <summary>See <see cref="Schedule.LinearWarmup"/>.</summary>
    public LinearWarmupSchedule(double target, int warmupSteps, double startFactor = 0)
    {
        ScheduleArguments.Rate(target, nameof(target));
        ScheduleArguments.AtLeast(warmupSteps, 0, nameof(warmupSteps));
        if (!double.IsFinite(startFactor) || startFactor < 0 || startFactor > 1)
            throw new ArgumentOutOfRangeException(nameof(startFactor), startFactor, "startFactor must be in [0, 1].");
        Target = target;
        WarmupSteps = warmupSteps;
        StartFactor = startFactor;
    }

    /// <summary>η, the rate after the warmup.</summary>
    public double Target { get; }

    /// <summary>W, the number of warmup steps.</summary>
    public int WarmupSteps { get; }

    /// <summary>s, the fraction of η used at step 0.</summary>
    public double StartFactor { get; }

    /// <inheritdoc/>
    public override string Name => $"linear warmup {Format(StartFactor * Target)}→{Format(Target)} over {WarmupSteps} steps";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        if (step >= WarmupSteps) return Target;
        return Target * (StartFactor + (1 - StartFactor) * step / WarmupSteps);
    }
}
