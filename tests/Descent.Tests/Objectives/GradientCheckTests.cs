using Descent.Objectives;

namespace Descent.Tests.Objectives;

public class GradientCheckTests
{
    [Theory]
    [MemberData(nameof(ObjectiveCatalog.Names), MemberType = typeof(ObjectiveCatalog))]
    public void Analytic_gradient_matches_central_differences_at_several_points(string name)
    {
        var f = ObjectiveCatalog.All[name]();
        int checkedPoints = 0;
        foreach (var x in ObjectiveCatalog.SamplePoints(f))
        {
            var result = GradientCheck.Check(f, x);
            Assert.True(result.MaxRelativeError < 1e-6 || result.MaxAbsoluteError < 1e-6,
                $"{name} at ({string.Join(", ", x)}): {result}");
            Assert.True(result.Passes(1e-6));
            checkedPoints++;
        }
        Assert.Equal(7, checkedPoints);
    }

    [Fact]
    public void A_wrong_gradient_fails()
    {
        var result = GradientCheck.Check(x => x[0] * x[0] * x[0], x => [2 * x[0]], [2.0]);
        Assert.Equal(12, result.Numeric[0], 6);
        Assert.Equal(4, result.Analytic[0]);
        Assert.Equal(8, result.MaxAbsoluteError, 6);
        Assert.Equal(0.5, result.MaxRelativeError, 6);
        Assert.False(result.Passes());
    }

    [Fact]
    public void Relative_error_is_robust_at_zero()
    {
        Assert.Equal(0, GradientCheck.RelativeError(0, 0));
        Assert.Equal(1e-10 / 1e-8, GradientCheck.RelativeError(0, 1e-10), 12);
        Assert.Equal(2.0 / 4.0, GradientCheck.RelativeError(1, 3), 15);
    }

    [Fact]
    public void Bad_step_is_rejected_with_its_value()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.Check(new Saddle(), [1.0, 1.0], step: 0));
        Assert.Equal("step", error.ParamName);
        Assert.Equal(0.0, error.ActualValue);
    }

    [Fact]
    public void Wrong_length_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rosenbrock().Gradient([1.0, 2.0, 3.0]));
        Assert.Contains("3", error.Message);
    }
}
