namespace Descent.Schedules;

/// <summary>η_t = η. Same result as passing the number itself to the optimizer.</summary>
public sealed class ConstantSchedule : Schedule
{
    /// <summary>Creates a constant schedule; <paramref name="learningRate"/> must be finite and ≥ 0.</summary>
    public ConstantSchedule(double learningRate)
    {
        ScheduleArguments.Rate(learningRate, nameof(learningRate));
        LearningRate = learningRate;
    }

    /// <summary>The constant rate η.</summary>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public override string Name => $"constant {Format(LearningRate)}";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        return LearningRate;
    }
}
