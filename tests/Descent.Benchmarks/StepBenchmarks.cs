using System.Numerics;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>
/// One step of every elementwise optimizer (defaults, all cores) beside its <see cref="MemoryFloor{T}"/> on all cores
/// (the baseline of the Ratio column) and on one thread, at 1e5, 1e6 and 1e7 parameters.
/// </summary>
[Config(typeof(ShortRun))]
[GenericTypeArguments(typeof(float))]
[GenericTypeArguments(typeof(double))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class StepBenchmarks<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private T[] parameters = [], gradients = [];
    private T[][] buffers = [];
    private Optimizer optimizer = null!;
    private OptimizerState<T> state = null!;

    [ParamsSource(nameof(Optimizers))]
    public string Optimizer { get; set; } = "";

    [Params(100_000, 1_000_000, 10_000_000)]
    public int Parameters { get; set; }

    public static IEnumerable<string> Optimizers => ElementwiseOptimizers.Names;

    /// <summary>
    /// Allocates every array (parameters and gradients pinned), writes every page of it (random values, then three
    /// steps, which write the state buffers) so that no page fault falls in a measured step.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        optimizer = ElementwiseOptimizers.Create(Optimizer);
        var random = new Random(1);
        parameters = GC.AllocateUninitializedArray<T>(Parameters, pinned: true);
        gradients = GC.AllocateUninitializedArray<T>(Parameters, pinned: true);
        for (int i = 0; i < Parameters; i++)
        {
            parameters[i] = T.CreateTruncating(random.NextDouble() - 0.5);
            gradients[i] = T.CreateTruncating(1e-3 * (random.NextDouble() - 0.5));
        }
        state = optimizer.CreateState<T>(Parameters);
        buffers = [.. state.Buffers.Values];
        for (int t = 0; t < 3; t++) Step();
        Floor();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        parameters = gradients = [];
        buffers = [];
        state = null!;
        GC.Collect();
    }

    [Benchmark(Baseline = true, Description = "Floor, all cores")]
    public void Floor() => MemoryFloor<T>.Run(parameters, gradients, buffers, Environment.ProcessorCount);

    [Benchmark(Description = "Floor, 1 thread")]
    public void FloorOneThread() => MemoryFloor<T>.Run(parameters, gradients, buffers, 1);

    [Benchmark(Description = "Step")]
    public void Step()
    {
        if (typeof(T) == typeof(float))
            optimizer.Step(Unsafe.As<float[]>(parameters), Unsafe.As<float[]>(gradients), Unsafe.As<OptimizerState<float>>(state));
        else
            optimizer.Step(Unsafe.As<double[]>(parameters), Unsafe.As<double[]>(gradients), Unsafe.As<OptimizerState<double>>(state));
    }
}
