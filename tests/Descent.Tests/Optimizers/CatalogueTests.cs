using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class CatalogueTests
{
    [Fact]
    public void All_has_one_of_each_kind_with_distinct_names_and_the_given_rate()
    {
        var all = Optimizer.All(0.05);
        Assert.Equal(all.Count, all.Select(o => o.Name).Distinct().Count());
        Assert.All(all, o => Assert.Equal(0.05, o.LearningRate));
        Type[] kinds = [typeof(Sgd), typeof(Adagrad), typeof(RmsProp), typeof(Adadelta), typeof(Adam), typeof(AdamW), typeof(NAdam), typeof(RAdam), typeof(Adamax)];
        Assert.Equal(kinds.Select(k => k.Name).Order(), all.Select(o => o.GetType().Name).Distinct().Order());
        Assert.Contains(all, o => o is Sgd { Momentum: 0.9 });
    }

    [Theory]
    [InlineData(0.1, 0.0, 0.0, false, "SGD")]
    [InlineData(0.1, 0.9, 0.0, false, "SGD (momentum 0.9)")]
    [InlineData(0.1, 0.9, 0.0, true, "SGD (momentum 0.9, Nesterov)")]
    [InlineData(0.1, 0.5, 0.2, false, "SGD (momentum 0.5, dampening 0.2)")]
    public void Sgd_names_its_variant(double lr, double momentum, double dampening, bool nesterov, string name) =>
        Assert.Equal(name, new Sgd(lr, momentum, dampening, nesterov: nesterov).Name);

    [Fact]
    public void Names_of_variants()
    {
        Assert.Equal("Adam (AMSGrad)", new Adam(amsGrad: true).Name);
        Assert.Equal("RMSprop (centered, momentum 0.9)", new RmsProp(centered: true, momentum: 0.9).Name);
        Assert.Equal("Adam", new Adam().ToString());
        Assert.Equal("Adagrad (lr decay 0.5)", new Adagrad(learningRateDecay: 0.5).Name);
    }

    [Fact]
    public void Every_optimizer_of_the_catalogue_minimizes_a_quadratic()
    {
        foreach (var optimizer in Optimizer.All(0.05))
        {
            var state = optimizer.CreateState<double>(3);
            var x = Problems.QuadraticStart();
            for (int t = 0; t < 3000; t++) optimizer.Step(x, Problems.QuadraticGradient(x), state);
            double norm = Math.Sqrt(x.Sum(v => v * v));
            double limit = optimizer is Adadelta ? 2.0 : 0.05;  // Adadelta's steps start at sqrt(eps): it is slow at first
            Assert.True(norm < limit, $"{optimizer.Name}: |x| = {norm} after 3000 steps");
        }
    }
}
