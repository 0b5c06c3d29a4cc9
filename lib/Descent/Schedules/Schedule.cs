using System.Globalization;

namespace Descent.Schedules;

/// <summary>
/// A learning-rate schedule: a pure function from a 0-based step number to a learning rate.
/// A schedule never mutates an optimizer; the training loop asks <see cref="At"/> for the rate of each step
/// and passes it to the optimizer's <c>Step(..., learningRate)</c> (as optax schedules and
/// PyTorch's closed-form <c>_get_closed_form_lr</c> do).
/// </summary>
/// <remarks>
/// All factories validate their arguments and throw <see cref="ArgumentOutOfRangeException"/> naming the
/// parameter and its value. <see cref="At"/> throws the same for a negative step.
/// </remarks>
public abstract class Schedule
{
    /// <summary>The learning rate used at the 0-based <paramref name="step"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is negative.</exception>
    public abstract double At(int step);

    /// <summary>A readable description, e.g. "cosine 0.1→0 over 100 steps".</summary>
    public abstract string Name { get; }

    /// <summary>The rates of steps 0 … <paramref name="count"/> − 1 (handy for plotting a schedule).</summary>
    public double[] Values(int count)
    {
        ScheduleArguments.AtLeast(count, 0, nameof(count));
        var values = new double[count];
        for (int t = 0; t < count; t++) values[t] = At(t);
        return values;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>A constant rate is the simplest schedule, so a plain number can be used wherever a schedule is expected.</summary>
    public static implicit operator Schedule(double learningRate) => Constant(learningRate);

    /// <summary>η_t = η for every step.</summary>
    public static Schedule Constant(double learningRate) => new ConstantSchedule(learningRate);

    /// <summary>
    /// PyTorch <c>StepLR</c>: η_t = η₀ · γ^⌊t / stepSize⌋ (the rate is multiplied by γ every <paramref name="stepSize"/> steps).
    /// </summary>
    /// <param name="initial">η₀, finite and ≥ 0.</param>
    /// <param name="stepSize">Steps between decays, ≥ 1.</param>
    /// <param name="gamma">Decay factor γ, finite and &gt; 0 (default 0.1).</param>
    public static Schedule Step(double initial, int stepSize, double gamma = 0.1) => new StepSchedule(initial, stepSize, gamma);

    /// <summary>
    /// PyTorch <c>MultiStepLR</c>: η_t = η₀ · γ^k where k is the number of milestones m with m ≤ t.
    /// </summary>
    /// <param name="initial">η₀, finite and ≥ 0.</param>
    /// <param name="milestones">Strictly increasing, non-negative step numbers at which the rate is multiplied by γ.</param>
    /// <param name="gamma">Decay factor γ, finite and &gt; 0 (default 0.1).</param>
    public static Schedule MultiStep(double initial, IReadOnlyList<int> milestones, double gamma = 0.1) => new MultiStepSchedule(initial, milestones, gamma);

    /// <summary>PyTorch <c>ExponentialLR</c>: η_t = η₀ · γ^t.</summary>
    /// <param name="initial">η₀, finite and ≥ 0.</param>
    /// <param name="gamma">Factor per step γ, finite and &gt; 0.</param>
    public static Schedule Exponential(double initial, double gamma) => new ExponentialSchedule(initial, gamma);

    /// <summary>
    /// PyTorch <c>CosineAnnealingLR</c> (closed form, one half period):
    /// η_t = η_min + (η₀ − η_min)(1 + cos(π t / T)) / 2 for t ≤ T, and η_t = η_min for t &gt; T.
    /// </summary>
    /// <param name="initial">η₀ (the rate at step 0), finite and ≥ 0.</param>
    /// <param name="totalSteps">T, the step at which the rate reaches η_min, ≥ 1.</param>
    /// <param name="minimum">η_min, finite and ≥ 0 (default 0).</param>
    public static Schedule Cosine(double initial, int totalSteps, double minimum = 0) => new CosineSchedule(initial, totalSteps, minimum);

    /// <summary>
    /// Linear warmup (PyTorch <c>LinearLR</c> with end factor 1, optax <c>linear_schedule</c>), then constant:
    /// η_t = η · (s + (1 − s) · min(t, W) / W), so η_0 = s·η and η_t = η for t ≥ W. With W = 0 the rate is η from the start.
    /// </summary>
    /// <param name="target">η, the rate reached at the end of the warmup, finite and ≥ 0.</param>
    /// <param name="warmupSteps">W, ≥ 0.</param>
    /// <param name="startFactor">s in [0, 1] (default 0: start from zero).</param>
    public static Schedule LinearWarmup(double target, int warmupSteps, double startFactor = 0) => new LinearWarmupSchedule(target, warmupSteps, startFactor);

    /// <summary>
    /// optax <c>join_schedules</c>: η_t = first(t) for t &lt; boundary, and then(t − boundary) for t ≥ boundary
    /// (the second schedule restarts its own step count at the boundary).
    /// </summary>
    /// <param name="first">Schedule used before the boundary.</param>
    /// <param name="boundary">First step that uses <paramref name="then"/>, ≥ 0.</param>
    /// <param name="then">Schedule used from the boundary on, counted from 0.</param>
    public static Schedule Join(Schedule first, int boundary, Schedule then) => new JoinedSchedule(first, boundary, then);

    /// <summary>
    /// Linear warmup from 0 to <paramref name="peak"/> over W steps, then cosine decay to <paramref name="minimum"/>
    /// over the remaining <paramref name="totalSteps"/> − W steps (optax <c>warmup_cosine_decay_schedule</c> with init 0):
    /// = Join(LinearWarmup(peak, W), W, Cosine(peak, totalSteps − W, minimum)).
    /// </summary>
    /// <param name="peak">Rate at the end of the warmup, finite and ≥ 0.</param>
    /// <param name="warmupSteps">W, ≥ 0.</param>
    /// <param name="totalSteps">Step at which the rate reaches the minimum, &gt; W.</param>
    /// <param name="minimum">Final rate, finite and ≥ 0 (default 0).</param>
    public static Schedule WarmupCosine(double peak, int warmupSteps, int totalSteps, double minimum = 0)
    {
        ScheduleArguments.AtLeast(warmupSteps, 0, nameof(warmupSteps));
        if (totalSteps <= warmupSteps)
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps,
                $"Total steps must be greater than the warmup steps ({warmupSteps}).");
        return Join(LinearWarmup(peak, warmupSteps), warmupSteps, Cosine(peak, totalSteps - warmupSteps, minimum));
    }

    /// <summary>
    /// Warmup–stable–decay (see <see cref="WarmupStableDecaySchedule"/>): linear warmup 0 → η over W steps, η until
    /// step T − D, then a decay of shape f to η_min over the last D steps:
    /// η_t = η t / W (t &lt; W), η (t &lt; T − D), η_min + (η − η_min) f((t − T + D) / D) (t &lt; T), η_min (t ≥ T).
    /// </summary>
    /// <param name="peak">η, finite and ≥ 0.</param>
    /// <param name="warmupSteps">W, ≥ 0.</param>
    /// <param name="totalSteps">T, ≥ W + D.</param>
    /// <param name="decaySteps">D, ≥ 1 (often 10–20 % of T).</param>
    /// <param name="minimum">η_min, finite and ≥ 0 (default 0).</param>
    /// <param name="shape">f, default <see cref="DecayShape.Linear"/>.</param>
    public static Schedule WarmupStableDecay(double peak, int warmupSteps, int totalSteps, int decaySteps, double minimum = 0, DecayShape shape = DecayShape.Linear) =>
        new WarmupStableDecaySchedule(peak, warmupSteps, totalSteps, decaySteps, minimum, shape);

    /// <summary>Formats a number for <see cref="Name"/> (invariant culture, up to 6 significant digits).</summary>
    protected static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Throws if <paramref name="step"/> is negative; every <see cref="At"/> starts with it.</summary>
    protected static void CheckStep(int step) => ScheduleArguments.AtLeast(step, 0, nameof(step));
}
