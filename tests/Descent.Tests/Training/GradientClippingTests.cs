using Descent.Training;

namespace Descent.Tests.Training;

public class GradientClippingTests
{
    [Fact]
    public void A_norm_above_the_maximum_is_scaled_to_just_under_it_and_returned()
    {
        double[] g = [3, 4, 0];
        double norm = GradientClipping.ClipByGlobalNorm<double>(g, maxNorm: 1);
        Assert.Equal(5, norm);
        Assert.Equal([3 / (5 + 1e-6), 4 / (5 + 1e-6), 0], g);
        Assert.Equal(1 - 2e-7, GradientClipping.Norm<double>(g), 12);
    }

    [Fact]
    public void A_norm_below_the_maximum_is_left_alone()
    {
        double[] g = [3, -4];
        Assert.Equal(5, GradientClipping.ClipByGlobalNorm<double>(g, maxNorm: 10));
        Assert.Equal([3.0, -4.0], g);
    }

    [Fact]
    public void A_norm_equal_to_the_maximum_is_scaled_by_max_over_norm_plus_1e_6_as_in_PyTorch()
    {
        double[] g = [3, 4];
        GradientClipping.ClipByGlobalNorm<double>(g, maxNorm: 5);
        Assert.Equal([3 * (5 / (5 + 1e-6)), 4 * (5 / (5 + 1e-6))], g);
    }

    [Fact]
    public void Zero_gradient_and_zero_maximum()
    {
        double[] zero = [0, 0];
        Assert.Equal(0, GradientClipping.ClipByGlobalNorm<double>(zero, maxNorm: 1));
        Assert.Equal([0.0, 0.0], zero);
        double[] g = [1, -2];
        Assert.Equal(Math.Sqrt(5), GradientClipping.ClipByGlobalNorm<double>(g, maxNorm: 0));
        Assert.Equal([0.0, -0.0], g);
    }

    [Theory]
    [InlineData(1.0, 7.0)]
    [InlineData(2.0, 5.0)]
    [InlineData(3.0, 4.497941445275415)]      // (27 + 64)^(1/3)
    [InlineData(double.PositiveInfinity, 4.0)]
    public void Other_norm_types(double normType, double expected)
    {
        double[] g = [3, -4];
        Assert.Equal(expected, GradientClipping.ClipByGlobalNorm<double>(g, maxNorm: 2, normType), 14);
        Assert.Equal(3 * (2 / (expected + 1e-6)), g[0], 15);
        Assert.Equal(-4 * (2 / (expected + 1e-6)), g[1], 15);
    }

    [Fact]
    public void Float_gradients_are_clipped_with_the_same_coefficient()
    {
        float[] g = [3, 4];
        Assert.Equal(5, GradientClipping.ClipByGlobalNorm<float>(g, maxNorm: 1));
        Assert.Equal([(float)(1 / (5 + 1e-6)) * 3, (float)(1 / (5 + 1e-6)) * 4], g);
    }

    [Fact]
    public void A_non_finite_norm_is_returned_as_PyTorch_does()
    {
        double[] infinite = [double.PositiveInfinity, 1];
        Assert.Equal(double.PositiveInfinity, GradientClipping.ClipByGlobalNorm<double>(infinite, maxNorm: 1));
        Assert.Equal(0, infinite[1]);                                        // c = 1 / ∞ = 0
        double[] nan = [double.NaN, 1];
        Assert.True(double.IsNaN(GradientClipping.ClipByGlobalNorm<double>(nan, maxNorm: 1)));
        Assert.True(double.IsNaN(nan[1]));
    }

    [Fact]
    public void Clipping_by_value_clamps_each_element_and_counts_the_changes()
    {
        double[] g = [-3, 0.5, 2, -0.2, 1];
        Assert.Equal(2, GradientClipping.ClipByValue<double>(g, clipValue: 1));
        Assert.Equal([-1, 0.5, 1, -0.2, 1], g);
        float[] f = [-3, 0.5f];
        Assert.Equal(2, GradientClipping.ClipByValue<float>(f, clipValue: 0.25));
        Assert.Equal([-0.25f, 0.25f], f);
    }

    [Theory]
    [InlineData("maxNorm", -1.0)]
    [InlineData("maxNorm", double.NaN)]
    [InlineData("maxNorm", double.PositiveInfinity)]
    [InlineData("normType", 0.0)]
    [InlineData("normType", double.NaN)]
    [InlineData("normType", double.NegativeInfinity)]
    public void Bad_norm_arguments_name_themselves(string parameter, double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GradientClipping.ClipByGlobalNorm<double>(new double[2], parameter == "maxNorm" ? value : 1, parameter == "normType" ? value : 2));
        Assert.Equal(parameter, e.ParamName);
        Assert.Equal(value, e.ActualValue);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void A_bad_clip_value_names_itself(double value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GradientClipping.ClipByValue<double>(new double[2], value));
        Assert.Equal(("clipValue", (object)value), (e.ParamName, e.ActualValue));
    }
}
