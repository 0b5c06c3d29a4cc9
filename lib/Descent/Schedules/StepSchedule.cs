namespace Descent.Schedules;

/// <summary>PyTorch <c>StepLR</c>: η_t = η₀ · γ^⌊t / stepSize⌋.</summary>
public sealed class StepSchedule : Schedule
{
    /// <summary>See <see cref="Schedule.Step"/>.</summary>
    public StepSchedule(double initial, int stepSize, double gamma = 0.1)
    {
        ScheduleArguments.Rate(initial, nameof(initial));
        ScheduleArguments.AtLeast(stepSize, 1, nameof(stepSize));
        ScheduleArguments.Factor(gamma, nameof(gamma));
        Initial = initial;
        StepSize = stepSize;
        Gamma = gamma;
    }

    /// <summary>η₀.</summary>
    public double Initial { get; }

    /// <summary>Steps between two decays.</summary>
    public int StepSize { get; }

    /// <summary>Decay factor γ.</summary>
    public double Gamma { get; }

    /// <inheritdoc/>
    public override string Name => $"step {Format(Initial)} ×{Format(Gamma)} every {StepSize} steps";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        return Initial * Math.Pow(Gamma, step / StepSize);
    }
}
