using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

/// <summary>The registry's cases as xunit theory data, by key.</summary>
public static class OptimizerCases
{
    public static OptimizerCase Get(string key) => OptimizerRegistry.Case(key);

    /// <summary>A fresh state for <paramref name="count"/> parameters, shaped as the case says.</summary>
    public static OptimizerState<T> CreateState<T>(this OptimizerCase c, Optimizer optimizer, int count)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T> =>
        optimizer.CreateState<T>(c.Layout(count));

    public static TheoryData<string> Keys() => Data(OptimizerRegistry.Cases);

    public static TheoryData<string> KeysWithoutWeightDecay() => Data(OptimizerRegistry.Cases.Where(c => !c.HasWeightDecay));

    public static TheoryData<string> KeysWithWeightDecay() => Data(OptimizerRegistry.Cases.Where(c => c.HasWeightDecay));

    private static TheoryData<string> Data(IEnumerable<OptimizerCase> cases)
    {
        var data = new TheoryData<string>();
        foreach (var c in cases) data.Add(c.Key);
        return data;
    }
}
