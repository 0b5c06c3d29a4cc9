namespace Descent.Schedules;

/// <summary>
/// PyTorch <c>CosineAnnealingLR</c>, closed form over one half period:
/// η_t = η_min + (η₀ − η_min)(1 + cos(π t / T)) / 2 for t ≤ T, then held at η_min.
/// </summary>
public sealed class CosineSchedule : Schedule
{
    /// <summary>See <see cref="Schedule.Cosine"/>.</summary>
    public CosineSchedule(double initial, int totalSteps, double minimum = 0)
    {
        ScheduleArguments.Rate(initial, nameof(initial));
        ScheduleArguments.AtLeast(totalSteps, 1, nameof(totalSteps));
        ScheduleArguments.Rate(minimum, nameof(minimum));
        Initial = initial;
        TotalSteps = totalSteps;
        Minimum = minimum;
    }

    /// <summary>η₀, the rate at step 0.</summary>
    public double Initial { get; }

    /// <summary>T, the step at which η_min is reached.</summary>
    public int TotalSteps { get; }

    /// <summary>η_min.</summary>
    public double Minimum { get; }

    /// <inheritdoc/>
    public override string Name => $"cosine {Format(Initial)}→{Format(Minimum)} over {TotalSteps} steps";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        if (step >= TotalSteps) return Minimum;
        return Minimum + (Initial - Minimum) * (1 + Math.Cos(Math.PI * step / TotalSteps)) / 2;
    }
}
