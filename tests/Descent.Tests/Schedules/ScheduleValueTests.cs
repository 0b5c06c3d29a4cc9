using Descent.Schedules;

namespace Descent.Tests.Schedules;

public class ScheduleValueTests
{
    private const double Tolerance = 1e-15;

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(1, 0.1)]
    [InlineData(1000, 0.1)]
    public void Constant_is_the_same_number_at_every_step(int step, double expected)
    {
        Assert.Equal(expected, Schedule.Constant(0.1).At(step));
    }

    [Fact]
    public void A_plain_number_converts_to_a_constant_schedule()
    {
        Schedule schedule = 0.25;
        Assert.Equal(Enumerable.Repeat(0.25, 50), schedule.Values(50));
        Assert.Equal("constant 0.25", schedule.Name);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(9, 1.0)]
    [InlineData(10, 0.5)]
    [InlineData(19, 0.5)]
    [InlineData(20, 0.25)]
    [InlineData(35, 0.125)]
    public void Step_halves_every_ten_steps(int step, double expected)
    {
        Assert.Equal(expected, Schedule.Step(1.0, stepSize: 10, gamma: 0.5).At(step), Tolerance);
    }

    [Fact]
    public void Step_default_gamma_is_one_tenth()
    {
        Assert.Equal(0.1 * 0.1, Schedule.Step(0.1, 5).At(5), Tolerance);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(29, 1.0)]
    [InlineData(30, 0.1)]
    [InlineData(79, 0.1)]
    [InlineData(80, 0.01)]
    [InlineData(500, 0.01)]
    public void MultiStep_decays_at_each_milestone(int step, double expected)
    {
        Assert.Equal(expected, Schedule.MultiStep(1.0, [30, 80]).At(step), 1e-15);
    }

    [Theory]
    [InlineData(0, 2.0)]
    [InlineData(1, 1.8)]
    [InlineData(2, 1.62)]
    [InlineData(3, 1.458)]
    public void Exponential_multiplies_by_gamma_each_step(int step, double expected)
    {
        Assert.Equal(expected, Schedule.Exponential(2.0, 0.9).At(step), 1e-14);
    }

    [Theory]
    [InlineData(0, 0.1)]
    [InlineData(25, 0.1 * (1 + 0.70710678118654752) / 2)]
    [InlineData(50, 0.05)]
    [InlineData(75, 0.1 * (1 - 0.70710678118654752) / 2)]
    [InlineData(100, 0.0)]
    [InlineData(101, 0.0)]
    [InlineData(10_000, 0.0)]
    public void Cosine_follows_half_a_period_then_holds_the_minimum(int step, double expected)
    {
        Assert.Equal(expected, Schedule.Cosine(0.1, 100).At(step), 1e-15);
    }

    [Theory]
    [InlineData(0, 1.0)]
    [InlineData(5, 0.55)]
    [InlineData(10, 0.1)]
    [InlineData(11, 0.1)]
    public void Cosine_with_a_minimum(int step, double expected)
    {
        Assert.Equal(expected, Schedule.Cosine(1.0, 10, minimum: 0.1).At(step), 1e-15);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.025)]
    [InlineData(2, 0.05)]
    [InlineData(3, 0.075)]
    [InlineData(4, 0.1)]
    [InlineData(100, 0.1)]
    public void LinearWarmup_from_zero(int step, double expected)
    {
        Assert.Equal(expected, Schedule.LinearWarmup(0.1, 4).At(step), 1e-15);
    }

    [Theory]
    [InlineData(0, 0.25)]
    [InlineData(1, 0.625)]
    [InlineData(2, 1.0)]
    public void LinearWarmup_with_a_start_factor(int step, double expected)
    {
        Assert.Equal(expected, Schedule.LinearWarmup(1.0, 2, startFactor: 0.25).At(step), 1e-15);
    }

    [Fact]
    public void LinearWarmup_of_zero_steps_is_constant()
    {
        Assert.Equal(0.3, Schedule.LinearWarmup(0.3, 0).At(0));
    }

    [Fact]
    public void Join_switches_at_the_boundary_and_restarts_the_second_schedule()
    {
        var joined = Schedule.Join(Schedule.Constant(1.0), 5, Schedule.Exponential(0.5, 0.5));
        Assert.Equal(1.0, joined.At(0));
        Assert.Equal(1.0, joined.At(4));
        Assert.Equal(0.5, joined.At(5));
        Assert.Equal(0.25, joined.At(6));
        Assert.Equal(0.125, joined.At(7));
    }

    [Fact]
    public void Join_at_boundary_zero_is_the_second_schedule()
    {
        var then = Schedule.Step(1.0, 2, 0.5);
        Assert.Equal(then.Values(10), Schedule.Join(Schedule.Constant(9), 0, then).Values(10));
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(5, 0.05)]
    [InlineData(10, 0.1)]
    [InlineData(55, 0.05)]
    [InlineData(100, 0.0)]
    [InlineData(150, 0.0)]
    public void WarmupCosine_rises_linearly_then_decays_by_cosine(int step, double expected)
    {
        Assert.Equal(expected, Schedule.WarmupCosine(0.1, warmupSteps: 10, totalSteps: 100).At(step), 1e-15);
    }

    [Fact]
    public void WarmupCosine_is_join_of_warmup_and_cosine()
    {
        var composed = Schedule.Join(Schedule.LinearWarmup(0.3, 7), 7, Schedule.Cosine(0.3, 33, 0.01));
        Assert.Equal(composed.Values(60), Schedule.WarmupCosine(0.3, 7, 40, 0.01).Values(60));
    }

    [Fact]
    public void Schedules_are_pure_functions_of_the_step()
    {
        var schedule = Schedule.WarmupCosine(0.1, 5, 50);
        double later = schedule.At(30);
        _ = schedule.Values(50);
        Assert.Equal(later, schedule.At(30));
        Assert.Equal(schedule.At(3), schedule.At(3));
    }
}
