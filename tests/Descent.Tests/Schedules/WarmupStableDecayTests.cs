using Descent.Schedules;

namespace Descent.Tests.Schedules;

public class WarmupStableDecayTests
{
    // η = 0.1, W = 4, T = 20, D = 5 (the decay starts at S = 15), η_min = 0.01.
    private static Schedule Wsd(DecayShape shape) => Schedule.WarmupStableDecay(0.1, 4, 20, 5, 0.01, shape);

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 0.025)]
    [InlineData(2, 0.05)]
    [InlineData(4, 0.1)]
    [InlineData(9, 0.1)]
    [InlineData(14, 0.1)]
    [InlineData(15, 0.1)]
    [InlineData(16, 0.082)]        // u = 0.2: 0.01 + 0.09 · 0.8
    [InlineData(18, 0.046)]        // u = 0.6: 0.01 + 0.09 · 0.4
    [InlineData(19, 0.028)]        // u = 0.8: 0.01 + 0.09 · 0.2
    [InlineData(20, 0.01)]
    [InlineData(1000, 0.01)]
    public void Linear_decay_values(int step, double expected) => Assert.Equal(expected, Wsd(DecayShape.Linear).At(step), 15);

    [Theory]
    [InlineData(DecayShape.Cosine, 16, 0.09140576474687263)]           // 0.01 + 0.09 (1 + cos 0.2π) / 2
    [InlineData(DecayShape.Cosine, 18, 0.041094235253127366)]           // 0.01 + 0.09 (1 + cos 0.6π) / 2
    [InlineData(DecayShape.OneMinusSquareRoot, 16, 0.05975077640500379)] // 0.01 + 0.09 (1 − √0.2)
    [InlineData(DecayShape.OneMinusSquareRoot, 19, 0.019501552810007573)] // 0.01 + 0.09 (1 − √0.8)
    public void Other_shapes_follow_their_formula(DecayShape shape, int step, double expected) =>
        Assert.Equal(expected, Wsd(shape).At(step), 15);

    [Theory]
    [InlineData(DecayShape.Linear)]
    [InlineData(DecayShape.Cosine)]
    [InlineData(DecayShape.OneMinusSquareRoot)]
    public void Every_shape_starts_the_decay_at_the_peak_and_falls_monotonically(DecayShape shape)
    {
        double[] decay = Wsd(shape).Values(21)[15..];
        Assert.Equal(0.1, decay[0], 15);
        for (int t = 1; t < decay.Length; t++) Assert.True(decay[t] < decay[t - 1], $"{shape}: step {15 + t}");
        Assert.Equal(0.01, decay[^1], 15);
    }

    [Fact]
    public void Warmup_equals_LinearWarmup_and_no_warmup_starts_at_the_peak()
    {
        Assert.Equal(Schedule.LinearWarmup(0.1, 4).Values(4), Wsd(DecayShape.Linear).Values(4));
        var noWarmup = Schedule.WarmupStableDecay(0.3, 0, 10, 10);
        Assert.Equal(0.3, noWarmup.At(0));
        Assert.Equal(0.3 * 0.5, noWarmup.At(5), 15);
    }

    [Fact]
    public void Name_gives_every_phase()
    {
        Assert.Equal("WSD 0→0.1 over 4, stable to 15, Linear decay to 0.01 at 20", Wsd(DecayShape.Linear).Name);
        var wsd = (WarmupStableDecaySchedule)Wsd(DecayShape.Cosine);
        Assert.Equal((0.1, 4, 20, 5, 15, 0.01, DecayShape.Cosine),
            (wsd.Peak, wsd.WarmupSteps, wsd.TotalSteps, wsd.DecaySteps, wsd.DecayStart, wsd.Minimum, wsd.Shape));
    }

    public static TheoryData<string, object, Action> BadArguments => new()
    {
        { "peak", -0.1, () => Schedule.WarmupStableDecay(-0.1, 1, 10, 2) },
        { "peak", double.NaN, () => Schedule.WarmupStableDecay(double.NaN, 1, 10, 2) },
        { "warmupSteps", -1, () => Schedule.WarmupStableDecay(0.1, -1, 10, 2) },
        { "decaySteps", 0, () => Schedule.WarmupStableDecay(0.1, 1, 10, 0) },
        { "totalSteps", 10, () => Schedule.WarmupStableDecay(0.1, 6, 10, 5) },
        { "minimum", -0.01, () => Schedule.WarmupStableDecay(0.1, 1, 10, 2, -0.01) },
        { "shape", (DecayShape)7, () => Schedule.WarmupStableDecay(0.1, 1, 10, 2, 0, (DecayShape)7) },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Bad_arguments_name_themselves_and_their_value(string parameter, object value, Action create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(create);
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal(value, error.ActualValue);
    }
}
