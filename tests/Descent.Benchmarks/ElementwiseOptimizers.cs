using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>The library's elementwise optimizers with their defaults, plus SGD with momentum 0.9, by name.</summary>
internal static class ElementwiseOptimizers
{
    private static readonly IReadOnlyList<Func<Optimizer>> Factories =
    [
        .. OptimizerRegistry.Entries.Where(e => e.NoSeparateFastPath is null).Select(e => (Func<Optimizer>)e.CreateDefault),
        () => new Sgd(momentum: 0.9),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. Factories.Select(f => f().Name)];

    public static Optimizer Create(string name) => Factories[Names.ToList().IndexOf(name)]();

    /// <summary>State buffers of one parameter: the step moves (2 buffers + 3) values per parameter.</summary>
    public static int BufferCount(string name) => Create(name).CreateState<float>(1).Buffers.Count;
}
