using Descent.Data;

namespace Descent.Tests.Data;

public class GeneratedSetsTests
{
    private static long[] Bits(Dataset data) => data.Features.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits).ToArray();

    [Fact]
    public void Two_moons_without_noise_lie_on_the_two_half_circles()
    {
        var moons = DataSets.TwoMoons(101, noise: 0, seed: 1);
        Assert.Equal(101, moons.Count);
        Assert.Equal([50, 51], moons.ClassCounts());
        for (int i = 0; i < moons.Count; i++)
        {
            var (x, y) = (moons.Features[i][0], moons.Features[i][1]);
            if (moons.Labels![i] == 0)
            {
                Assert.Equal(1.0, x * x + y * y, 1e-12);
                Assert.True(y >= -1e-12);
            }
            else
            {
                Assert.Equal(1.0, (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), 1e-12);
                Assert.True(y <= 0.5 + 1e-12);
            }
        }
    }

    [Fact]
    public void Two_moons_are_reproducible_and_shuffled()
    {
        var a = DataSets.TwoMoons(200, 0.1, seed: 4);
        Assert.Equal(Bits(a), Bits(DataSets.TwoMoons(200, 0.1, seed: 4)));
        Assert.Equal(a.Labels, DataSets.TwoMoons(200, 0.1, seed: 4).Labels);
        Assert.NotEqual(Bits(a), Bits(DataSets.TwoMoons(200, 0.1, seed: 5)));
        Assert.NotEqual(Enumerable.Range(0, 200).Select(i => i < 100 ? 0 : 1), a.Labels);
    }

    [Fact]
    public void Circles_without_noise_have_radius_one_and_factor()
    {
        var circles = DataSets.Circles(100, noise: 0, seed: 2, factor: 0.3);
        Assert.Equal([50, 50], circles.ClassCounts());
        for (int i = 0; i < circles.Count; i++)
        {
            double radius = Math.Sqrt(circles.Features[i][0] * circles.Features[i][0] + circles.Features[i][1] * circles.Features[i][1]);
            Assert.Equal(circles.Labels![i] == 0 ? 1.0 : 0.3, radius, 1e-12);
        }
    }

    [Fact]
    public void Circles_are_reproducible()
    {
        Assert.Equal(Bits(DataSets.Circles(64, 0.05, 3)), Bits(DataSets.Circles(64, 0.05, 3)));
        Assert.NotEqual(Bits(DataSets.Circles(64, 0.05, 3)), Bits(DataSets.Circles(64, 0.05, 4)));
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_their_name()
    {
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => DataSets.TwoMoons(1, 0.1, 0)).ParamName);
        Assert.Equal("noise", Assert.Throws<ArgumentOutOfRangeException>(() => DataSets.TwoMoons(10, -0.1, 0)).ParamName);
        Assert.Equal("noise", Assert.Throws<ArgumentOutOfRangeException>(() => DataSets.Circles(10, double.NaN, 0)).ParamName);
        var factor = Assert.Throws<ArgumentOutOfRangeException>(() => DataSets.Circles(10, 0.1, 0, factor: 1));
        Assert.Equal("factor", factor.ParamName);
        Assert.Equal(1.0, factor.ActualValue);
    }
}
