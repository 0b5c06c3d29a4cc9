using Descent.Objectives;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Tests.Objectives;

public class QuadraticTests
{
    [Fact]
    public void Full_quadratic_minimum_solves_Ax_equals_b()
    {
        var a = Matrix<double>.Build.DenseOfArray(new[,] { { 4.0, 1.0 }, { 1.0, 3.0 } });
        var b = Vector<double>.Build.Dense([1.0, 2.0]);
        var f = new Quadratic(a, b);

        // A⁻¹ = 1/11 [[3, −1], [−1, 4]] → x* = (1/11, 7/11)
        Assert.True(f.IsPositiveDefinite);
        Assert.Equal(1.0 / 11, f.Minimum![0], 14);
        Assert.Equal(7.0 / 11, f.Minimum![1], 14);
        Assert.Equal(-0.5 * (1.0 / 11 + 14.0 / 11), f.MinimumValue!.Value, 14);

        // eigenvalues (7 ± √5)/2
        Assert.Equal((7 - Math.Sqrt(5)) / 2, f.Eigenvalues[0], 12);
        Assert.Equal((7 + Math.Sqrt(5)) / 2, f.Eigenvalues[1], 12);
        Assert.Equal((7 + Math.Sqrt(5)) / (7 - Math.Sqrt(5)), f.ConditionNumber, 12);
        Assert.Equal(a.ConditionNumber(), f.ConditionNumber, 10);
    }

    [Fact]
    public void Value_and_gradient_match_the_formula()
    {
        var f = new Quadratic([2.0, 8.0]);
        Assert.Equal(0.5 * (2 * 9 + 8 * 4), f.Value([3.0, -2.0]), 14);
        Assert.Equal([6.0, -16.0], f.Gradient([3.0, -2.0]));
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(10.0, 1.0)]
    [InlineData(100.0, 0.5)]
    public void With_conditioning_has_exactly_that_condition_number(double kappa, double smallest)
    {
        var f = Quadratic.WithConditioning(kappa, smallest);
        Assert.Equal(2, f.Dimension);
        Assert.Equal(kappa, f.ConditionNumber, 12);
        Assert.Equal(smallest, f.Eigenvalues[0]);
        Assert.Equal([0.0, 0.0], f.Minimum!);
        Assert.Equal(kappa, Hessian.ConditionNumber(f, [0.3, -0.7]), 6);
    }

    [Fact]
    public void Hessian_property_equals_finite_difference_Hessian()
    {
        var f = (Quadratic)ObjectiveCatalog.All["Quadratic.Full"]();
        var numeric = Hessian.FiniteDifference(f, [0.4, -1.3]);
        Assert.True((numeric - f.Hessian).FrobeniusNorm() < 1e-8);
    }

    [Fact]
    public void Indefinite_quadratic_has_no_minimum()
    {
        var f = new Quadratic([1.0, -3.0]);
        Assert.False(f.IsPositiveDefinite);
        Assert.Empty(f.Minima);
        Assert.Null(f.Minimum);
        Assert.Equal(3, f.ConditionNumber, 12);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var kappa = Assert.Throws<ArgumentOutOfRangeException>(() => Quadratic.WithConditioning(0.5));
        Assert.Equal("conditionNumber", kappa.ParamName);
        Assert.Equal(0.5, kappa.ActualValue);
        Assert.Throws<ArgumentException>(() => new Quadratic(Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 2.0 }, { 0.0, 1.0 } })));
        Assert.Throws<ArgumentException>(() => new Quadratic(Matrix<double>.Build.DenseIdentity(2), Vector<double>.Build.Dense(3)));
    }
}
