using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>
/// One float32 step of Adam and of SGD with momentum 0.9, each beside a kernel that only reads and writes the same
/// bytes (<see cref="MemoryFloor"/>). The Ratio column is the step's time over its floor's, measured in the same run.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class OptimizerStepBenchmarks
{
    private float[] parameters = [], gradients = [];
    private float[] firstMoment = [], secondMoment = [], momentumBuffer = [];
    private readonly Adam adam = new(learningRate: 1e-3);
    private readonly Sgd sgd = new(learningRate: 1e-3, momentum: 0.9);
    private OptimizerState<float> adamState = null!, sgdState = null!;

    [Params(1_000_000, 10_000_000)]
    public int Parameters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        parameters = new float[Parameters];
        gradients = new float[Parameters];
        for (int i = 0; i < Parameters; i++)
        {
            parameters[i] = (float)(random.NextDouble() - 0.5);
            gradients[i] = (float)(1e-3 * (random.NextDouble() - 0.5));
        }
        adamState = adam.CreateState<float>(Parameters);
        sgdState = sgd.CreateState<float>(Parameters);
        firstMoment = adamState[BufferNames.FirstMoment];
        secondMoment = adamState[BufferNames.SecondMoment];
        momentumBuffer = sgdState[BufferNames.Momentum];
    }

    [Benchmark(Baseline = true, Description = "Floor: read p,g,m,v write p,m,v")]
    [BenchmarkCategory("Adam")]
    public void AdamFloor() => MemoryFloor.ReadFourWriteThree(parameters, gradients, firstMoment, secondMoment);

    [Benchmark(Description = "Adam.Step")]
    [BenchmarkCategory("Adam")]
    public void AdamStep() => adam.Step(parameters, gradients, adamState);

    [Benchmark(Baseline = true, Description = "Floor: read p,g,b write p,b")]
    [BenchmarkCategory("SGD momentum 0.9")]
    public void SgdFloor() => MemoryFloor.ReadThreeWriteTwo(parameters, gradients, momentumBuffer);

    [Benchmark(Description = "Sgd.Step (momentum 0.9)")]
    [BenchmarkCategory("SGD momentum 0.9")]
    public void SgdMomentumStep() => sgd.Step(parameters, gradients, sgdState);
}
