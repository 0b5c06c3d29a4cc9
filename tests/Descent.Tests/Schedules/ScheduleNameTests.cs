using Descent.Schedules;

namespace Descent.Tests.Schedules;

public class ScheduleNameTests
{
    [Fact]
    public void Names_read_like_the_schedule()
    {
        Assert.Equal("constant 0.1", Schedule.Constant(0.1).Name);
        Assert.Equal("step 0.1 ×0.5 every 10 steps", Schedule.Step(0.1, 10, 0.5).Name);
        Assert.Equal("multistep 0.1 ×0.1 at [30, 80]", Schedule.MultiStep(0.1, [30, 80]).Name);
        Assert.Equal("exponential 0.1 ×0.95 per step", Schedule.Exponential(0.1, 0.95).Name);
        Assert.Equal("cosine 0.1→0 over 100 steps", Schedule.Cosine(0.1, 100).Name);
        Assert.Equal("linear warmup 0→0.1 over 10 steps", Schedule.LinearWarmup(0.1, 10).Name);
        Assert.Equal("linear warmup 0→0.1 over 10 steps, then cosine 0.1→0.001 over 90 steps",
            Schedule.WarmupCosine(0.1, 10, 100, 0.001).Name);
    }

    [Fact]
    public void ToString_is_the_name()
    {
        var schedule = Schedule.Cosine(0.5, 20, 0.05);
        Assert.Equal(schedule.Name, schedule.ToString());
    }
}
