using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

/// <summary>
/// The parallel step equals the readable loop (double) and the one-thread step (float) bit for bit, at sizes around
/// chunk boundaries. Chunks of 64 elements make the split happen at test sizes; the settings are per thread.
/// </summary>
public class ParallelStepTests
{
    private const int Chunk = 64;

    public static TheoryData<string, int, int> KeysSizesAndThreads()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var c in OptimizerRegistry.Entries.Where(e => e.NoSeparateFastPath is null).SelectMany(e => e.Cases))
            foreach (var (n, threads) in new[] { (2 * Chunk - 1, 2), (2 * Chunk, 2), (2 * Chunk + 1, 3), (7 * Chunk + 37, 2), (7 * Chunk + 37, 5) })
                data.Add(c.Key, n, threads);
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysSizesAndThreads))]
    public void ParallelStepEqualsTheReferenceLoopBitForBit(string key, int n, int threads)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        var random = new Random(n);
        var x = Problems.Random(random, n, scale: 2);
        var y = (double[])x.Clone();
        var fast = c.CreateState<double>(optimizer, n);
        var reference = c.CreateState<double>(optimizer, n);
        for (int t = 0; t < 10; t++)
        {
            var g = Problems.Random(random, n, scale: 5);
            Split(threads, () => optimizer.Step(x, g, fast));
            optimizer.StepReference(y, g, reference);
        }
        Assert.Equal(y, x);
        foreach (var (name, buffer) in reference.Buffers) Assert.Equal(buffer, fast[name]);
    }

    [Theory]
    [MemberData(nameof(KeysSizesAndThreads))]
    public void ParallelFloatStepEqualsTheOneThreadStepBitForBit(string key, int n, int threads)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        var random = new Random(n);
        var x = Problems.Random(random, n, scale: 2).Select(v => (float)v).ToArray();
        var y = (float[])x.Clone();
        var parallel = c.CreateState<float>(optimizer, n);
        var single = c.CreateState<float>(optimizer, n);
        for (int t = 0; t < 10; t++)
        {
            var g = Problems.Random(random, n, scale: 5).Select(v => (float)v).ToArray();
            Split(threads, () => optimizer.Step(x, g, parallel));
            Split(1, () => optimizer.Step(y, g, single));
        }
        Assert.Equal(y, x);
        foreach (var (name, buffer) in single.Buffers) Assert.Equal(buffer, parallel[name]);
    }

    [Fact]
    public void DefaultChunksSplitALongVectorAndKeepTheBits()
    {
        int n = 2 * Elementwise.DefaultChunkLength + 13;
        var adam = new Adam(learningRate: 0.01, amsGrad: true);
        var random = new Random(5);
        var x = Problems.Random(random, n);
        var y = (double[])x.Clone();
        var fast = adam.CreateState<double>(n);
        var reference = adam.CreateState<double>(n);
        for (int t = 0; t < 3; t++)
        {
            var g = Problems.Random(random, n);
            Split(2, () => adam.Step(x, g, fast), Elementwise.DefaultChunkLength);
            adam.StepReference(y, g, reference);
        }
        Assert.Equal(y, x);
    }

    private static void Split(int threads, Action step, int chunk = Chunk)
    {
        Elementwise.ChunkLength = chunk;
        Elementwise.ThreadCount = threads;
        try
        {
            step();
        }
        finally
        {
            Elementwise.ChunkLength = Elementwise.DefaultChunkLength;
            Elementwise.ThreadCount = Environment.ProcessorCount;
        }
    }
}
