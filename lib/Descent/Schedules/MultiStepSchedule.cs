namespace Descent.Schedules;

/// <summary>PyTorch <c>MultiStepLR</c>: η_t = η₀ · γ^k, k = number of milestones m ≤ t.</summary>
public sealed class MultiStepSchedule : Schedule
{
    private readonly int[] _milestones;

    /// <summary>See <see cref="Schedule.MultiStep"/>.</summary>
    public MultiStepSchedule(double initial, IReadOnlyList<int> milestones, double gamma = 0.1)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        ScheduleArguments.Rate(initial, nameof(initial));
        ScheduleArguments.Factor(gamma, nameof(gamma));
        _milestones = milestones.ToArray();
        for (int i = 0; i < _milestones.Length; i++)
        {
            if (_milestones[i] < 0)
                throw new ArgumentOutOfRangeException(nameof(milestones), _milestones[i],
                    $"Milestone {i} must be >= 0.");
            if (i > 0 && _milestones[i] <= _milestones[i - 1])
                throw new ArgumentOutOfRangeException(nameof(milestones), _milestones[i],
                    $"Milestones must be strictly increasing: milestone {i} ({_milestones[i]}) follows {_milestones[i - 1]}.");
        }
        Initial = initial;
        Gamma = gamma;
    }

    /// <summary>η₀.</summary>
    public double Initial { get; }

    /// <summary>The steps at which the rate is multiplied by γ.</summary>
    public IReadOnlyList<int> Milestones => _milestones;

    /// <summary>Decay factor γ.</summary>
    public double Gamma { get; }

    /// <inheritdoc/>
    public override string Name => $"multistep {Format(Initial)} ×{Format(Gamma)} at [{string.Join(", ", _milestones)}]";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        int passed = 0;
        while (passed < _milestones.Length && _milestones[passed] <= step) passed++;
        return Initial * Math.Pow(Gamma, passed);
    }
}
