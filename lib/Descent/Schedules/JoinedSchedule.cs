namespace Descent.Schedules;

/// <summary>
/// optax <c>join_schedules</c> with one boundary b: η_t = first(t) for t &lt; b, then(t − b) for t ≥ b.
/// </summary>
public sealed class JoinedSchedule : Schedule
{
    /// <summary>See <see cref="Schedule.Join"/>.</summary>
    public JoinedSchedule(Schedule first, int boundary, Schedule then)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(then);
        ScheduleArguments.AtLeast(boundary, 0, nameof(boundary));
        First = first;
        Boundary = boundary;
        Then = then;
    }

    /// <summary>Schedule used before <see cref="Boundary"/>.</summary>
    public Schedule First { get; }

    /// <summary>First step that uses <see cref="Then"/>.</summary>
    public int Boundary { get; }

    /// <summary>Schedule used from <see cref="Boundary"/> on, with its step counted from the boundary.</summary>
    public Schedule Then { get; }

    /// <inheritdoc/>
    public override string Name => $"{First.Name}, then {Then.Name}";

    /// <inheritdoc/>
    public override double At(int step)
    {
        CheckStep(step);
        return step < Boundary ? First.At(step) : Then.At(step - Boundary);
    }
}
