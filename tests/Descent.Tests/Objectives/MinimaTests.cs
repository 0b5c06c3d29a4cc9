using Descent.Objectives;

namespace Descent.Tests.Objectives;

public class MinimaTests
{
    [Theory]
    [MemberData(nameof(ObjectiveCatalog.Names), MemberType = typeof(ObjectiveCatalog))]
    public void Listed_minima_have_zero_gradient_and_positive_definite_Hessian(string name)
    {
        var f = ObjectiveCatalog.All[name]();
        foreach (var minimum in f.Minima)
        {
            var gradient = f.Gradient(minimum);
            Assert.All(gradient, g => Assert.True(Math.Abs(g) < 1e-9, $"{name}: gradient {g} at ({string.Join(", ", minimum)})"));
            Assert.All(Hessian.Eigenvalues(f, minimum), lambda => Assert.True(lambda > 1e-6, $"{name}: eigenvalue {lambda}"));
        }
    }

    [Theory]
    [MemberData(nameof(ObjectiveCatalog.Names), MemberType = typeof(ObjectiveCatalog))]
    public void First_minimum_is_global_among_listed_and_sampled(string name)
    {
        var f = ObjectiveCatalog.All[name]();
        if (f.Minima.Count == 0) return;
        double best = f.Value(f.Minima[0]);
        foreach (var other in f.Minima.Concat(ObjectiveCatalog.SamplePoints(f)))
            Assert.True(f.Value(other) >= best - 1e-12, $"{name}: {f.Value(other)} < {best}");
    }

    [Fact]
    public void Known_minima_and_values()
    {
        Assert.Equal([1.0, 1.0], new Rosenbrock().Minima[0]);
        Assert.Equal([-0.5, 0.25], new Rosenbrock(a: -0.5).Minima[0]);
        Assert.Equal(0, new Rosenbrock().Value([1.0, 1.0]));
        Assert.Equal(0, new Beale().Value([3.0, 0.5]));
        Assert.Equal(0, new Rastrigin(3).Value([0.0, 0.0, 0.0]));
        Assert.Equal(4 + 100 * 4, new Rosenbrock().Value([-1.0, 3.0]));
    }

    [Fact]
    public void Himmelblau_has_four_global_minima_of_value_zero()
    {
        var f = new Himmelblau();
        Assert.Equal(4, f.Minima.Count);
        Assert.Equal([3.0, 2.0], f.Minima[0]);
        double[][] tabulated = [[3, 2], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]];
        for (int k = 0; k < 4; k++)
        {
            Assert.True(f.Value(f.Minima[k]) < 1e-20, $"f = {f.Value(f.Minima[k])}");
            Assert.Equal(tabulated[k][0], f.Minima[k][0], 5);
            Assert.Equal(tabulated[k][1], f.Minima[k][1], 5);
        }
    }

    [Fact]
    public void Saddle_has_no_minimum_and_one_negative_curvature()
    {
        var f = new Saddle();
        Assert.Empty(f.Minima);
        Assert.Equal([0.0, 0.0], f.Gradient(f.SaddlePoint));
        var eigenvalues = Hessian.Eigenvalues(f, f.SaddlePoint);
        Assert.Equal(-2, eigenvalues[0], 6);
        Assert.Equal(2, eigenvalues[1], 6);
    }

    [Fact]
    public void Double_well_minima_solve_the_derivative_exactly_global_first()
    {
        var f = new DoubleWell();
        Assert.Equal(3, f.StationaryPoints.Count);
        Assert.Equal(2, f.MinimaX.Count);
        double global = f.MinimaX[0], local = f.MinimaX[1];
        Assert.Equal(-1.4730, global, 4);
        Assert.Equal(1.3470, local, 4);
        Assert.Equal(0.1260, f.LocalMaximum, 4);
        Assert.True(f.Value(global) < f.Value(local));
        foreach (double x in f.StationaryPoints)
            Assert.True(Math.Abs(f.Derivative(x)) < 1e-13, $"f'({x}) = {f.Derivative(x)}");
        Assert.True(DoubleWell.SecondDerivative(f.LocalMaximum) < 0);
    }
}
