namespace Descent.Schedules;

/// <summary>PyTorch <c>ExponentialLR</c>: η_t = η₀ · γ^t.</summary>
public sealed class ExponentialSchedule : Schedule
{
    /// <summary>See <see cref="Schedule.Exponential"/>.</summary>
    public ExponentialSchedule(double initial, double gamma)
    {
        ScheduleArguments.Rate(initial, nameof(initial));
        ScheduleArguments.Factor(gamma, nameof(gamma));
        Initial = initial;
        Gamma = gamma;
    }

    /// <summary>η₀.</summary>
    public double Initial { get; }

    /// <summary>Factor per step γ.</summary>
    public double Gamma { get; }

    /// <inheritdoc/>
    public override string Name => $"exponential {Format(Initial)} ×{Format(Gamma)} per step";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        return Initial * Math.Pow(Gamma, step);
    }
}
