using Descent.Schedules;

namespace Descent.Tests.Schedules;

public class ScheduleArgumentTests
{
    private static void AssertRejected(string parameter, object value, Action create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(value, error.ActualValue);
        Assert.Contains(parameter, error.Message);
    }

    [Fact] public void Negative_constant_rate() => AssertRejected("learningRate", -0.1, () => Schedule.Constant(-0.1));
    [Fact] public void NaN_constant_rate() => AssertRejected("learningRate", double.NaN, () => Schedule.Constant(double.NaN));
    [Fact] public void Zero_step_size() => AssertRejected("stepSize", 0, () => Schedule.Step(0.1, 0));
    [Fact] public void Negative_step_size() => AssertRejected("stepSize", -3, () => Schedule.Step(0.1, -3));
    [Fact] public void Zero_gamma() => AssertRejected("gamma", 0.0, () => Schedule.Step(0.1, 10, 0));
    [Fact] public void Negative_exponential_gamma() => AssertRejected("gamma", -0.5, () => Schedule.Exponential(0.1, -0.5));
    [Fact] public void Infinite_initial() => AssertRejected("initial", double.PositiveInfinity, () => Schedule.Exponential(double.PositiveInfinity, 0.9));
    [Fact] public void Repeated_milestone() => AssertRejected("milestones", 10, () => Schedule.MultiStep(0.1, [10, 10]));
    [Fact] public void Decreasing_milestones() => AssertRejected("milestones", 5, () => Schedule.MultiStep(0.1, [10, 5]));
    [Fact] public void Negative_milestone() => AssertRejected("milestones", -1, () => Schedule.MultiStep(0.1, [-1, 5]));
    [Fact] public void Zero_cosine_length() => AssertRejected("totalSteps", 0, () => Schedule.Cosine(0.1, 0));
    [Fact] public void Negative_cosine_minimum() => AssertRejected("minimum", -0.01, () => Schedule.Cosine(0.1, 10, -0.01));
    [Fact] public void Negative_warmup() => AssertRejected("warmupSteps", -1, () => Schedule.LinearWarmup(0.1, -1));
    [Fact] public void Start_factor_above_one() => AssertRejected("startFactor", 1.5, () => Schedule.LinearWarmup(0.1, 5, 1.5));
    [Fact] public void Negative_boundary() => AssertRejected("boundary", -2, () => Schedule.Join(0.1, -2, 0.2));
    [Fact] public void Warmup_as_long_as_the_run() => AssertRejected("totalSteps", 10, () => Schedule.WarmupCosine(0.1, 10, 10));
    [Fact] public void Negative_warmup_in_warmup_cosine() => AssertRejected("warmupSteps", -1, () => Schedule.WarmupCosine(0.1, -1, 10));
    [Fact] public void Negative_count_of_values() => AssertRejected("count", -1, () => Schedule.Constant(0.1).Values(-1));

    public static TheoryData<Schedule> AllKinds => new()
    {
        Schedule.Constant(0.1), Schedule.Step(0.1, 10), Schedule.MultiStep(0.1, [5]), Schedule.Exponential(0.1, 0.9),
        Schedule.Cosine(0.1, 10), Schedule.LinearWarmup(0.1, 5), Schedule.Join(0.1, 3, 0.2), Schedule.WarmupCosine(0.1, 2, 10),
        Schedule.WarmupStableDecay(0.1, 2, 10, 3),
    };

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void A_negative_step_is_rejected_by_every_schedule(Schedule schedule) =>
        AssertRejected("step", -1, () => schedule.At(-1));

    [Fact]
    public void Join_rejects_null_schedules()
    {
        Assert.Throws<ArgumentNullException>(() => Schedule.Join(null!, 1, 0.1));
        Assert.Throws<ArgumentNullException>(() => Schedule.Join(0.1, 1, null!));
    }
}
