using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class RegistryTests
{
    [Fact]
    public void Every_concrete_optimizer_has_an_entry()
    {
        var concrete = typeof(Optimizer).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Optimizer)) && !t.IsAbstract)
            .Select(t => t.Name).Order();
        Assert.Equal(concrete, OptimizerRegistry.Entries.Select(e => e.Type.Name).Order());
    }

    [Fact]
    public void Keys_are_unique_and_every_entry_has_a_case()
    {
        var keys = OptimizerRegistry.Cases.Select(c => c.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(OptimizerRegistry.Entries, e => Assert.NotEmpty(e.Cases));
    }

    [Fact]
    public void Each_entry_makes_its_own_type_at_the_given_rate()
    {
        foreach (var entry in OptimizerRegistry.Entries)
        {
            Assert.IsType(entry.Type, entry.Create(0.0125));
            Assert.Equal(0.0125, entry.Create(0.0125).LearningRate);
            Assert.All(entry.Cases, c => Assert.IsType(entry.Type, c.Optimizer()));
            Assert.Same(entry, OptimizerRegistry.Of(entry.Type));
        }
    }

    [Fact]
    public void A_missing_fast_path_says_why() =>
        Assert.All(OptimizerRegistry.Entries.Where(e => e.NoSeparateFastPath is not null),
            e => Assert.True(e.NoSeparateFastPath!.Length > 20, $"{e}: '{e.NoSeparateFastPath}'"));

    [Fact]
    public void Only_a_matrices_only_optimizer_rejects_a_vector()
    {
        foreach (var entry in OptimizerRegistry.Entries)
        {
            var optimizer = entry.CreateDefault();
            if (entry.MatricesOnly) Assert.Throws<ArgumentException>(() => optimizer.CreateState<double>(2));
            else Assert.Equal(2, optimizer.CreateState<double>(2).ParameterCount);
            Assert.Equal(4, optimizer.CreateState<double>(ParameterLayout.Matrix(2, 2)).ParameterCount);
        }
        Assert.Equal([typeof(Muon)], OptimizerRegistry.Entries.Where(e => e.MatricesOnly).Select(e => e.Type));
    }

    [Fact]
    public void Lessons_pick_by_type()
    {
        var adam = OptimizerRegistry.Of<Adam>().Create(0.01);
        Assert.Equal(0.01, adam.LearningRate);
        Assert.Equal(1e-3, OptimizerRegistry.Of<Adam>().DefaultLearningRate);
        var error = Assert.Throws<KeyNotFoundException>(() => OptimizerRegistry.Case("Nonesuch"));
        Assert.Contains("Nonesuch", error.Message);
    }
}
