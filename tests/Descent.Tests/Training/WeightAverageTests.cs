using Descent.Training;

namespace Descent.Tests.Training;

public class WeightAverageTests
{
    [Fact]
    public void Exponential_average_copies_first_then_mixes_with_the_decay()
    {
        var ema = WeightAverage.Exponential(2, decay: 0.5);
        ema.Update([2.0, -2.0]);
        Assert.Equal([2.0, -2.0], ema.Average);
        ema.Update([4.0, 0.0]);
        Assert.Equal([3.0, -1.0], ema.Average);                 // 0.5·2 + 0.5·4, 0.5·(−2) + 0.5·0
        ema.Update([8.0, 1.0]);
        Assert.Equal([5.5, 0.0], ema.Average);
        Assert.Equal(3, ema.Count);
        Assert.Equal(0.5, ema.Decay);
    }

    [Fact]
    public void Exponential_default_decay_is_0_999()
    {
        var ema = WeightAverage.Exponential(1);
        ema.Update([0.0]);
        ema.Update([1.0]);
        Assert.Equal(0.999, ema.Decay);
        Assert.Equal(0.001, ema.Average[0], 15);
    }

    [Fact]
    public void Uniform_average_is_the_mean_of_every_update()
    {
        var swa = WeightAverage.Uniform(2);
        swa.Update([2.0, 1.0]);
        swa.Update([4.0, 1.0]);
        Assert.Equal([3.0, 1.0], swa.Average);
        swa.Update([9.0, 4.0]);
        Assert.Equal([5.0, 2.0], swa.Average);
        Assert.Equal(3, swa.Count);
        Assert.Null(swa.Decay);
        Assert.Equal("uniform average of 3 updates", swa.ToString());
    }

    [Fact]
    public void Decay_0_follows_the_parameters_and_decay_1_keeps_the_first()
    {
        var follow = WeightAverage.Exponential(1, decay: 0);
        var keep = WeightAverage.Exponential(1, decay: 1);
        foreach (double v in new[] { 1.0, 5.0, -3.0 })
        {
            follow.Update([v]);
            keep.Update([v]);
        }
        Assert.Equal(-3.0, follow.Average[0]);
        Assert.Equal(1.0, keep.Average[0]);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        var decay = Assert.Throws<ArgumentOutOfRangeException>(() => WeightAverage.Exponential(3, decay: 1.5));
        Assert.Equal(("decay", (object)1.5), (decay.ParamName, decay.ActualValue));
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => WeightAverage.Uniform(0));
        Assert.Equal(("parameterCount", (object)0), (count.ParamName, count.ActualValue));
        var length = Assert.Throws<ArgumentException>(() => WeightAverage.Uniform(3).Update([1.0]));
        Assert.Equal("parameters", length.ParamName);
        Assert.Contains("length 1 but the average has 3", length.Message);
    }
}
