using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Descent.Benchmarks;

/// <summary>
/// A job short enough for the whole table (216 cases) in about ten minutes: in process (no process per case), two
/// warmups and seven measured iterations of 100 ms each. Every case allocates and touches its own arrays first.
/// </summary>
internal sealed class ShortRun : ManualConfig
{
    public ShortRun() =>
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithIterationTime(TimeInterval.FromMilliseconds(100))
            .WithEvaluateOverhead(false)
            .WithId("Short"));
}
