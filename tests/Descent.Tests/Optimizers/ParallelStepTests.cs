using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

/// <summary>
/// The fast step, at every vector width (512, 256 and 128 bits, whether or not this machine accelerates them) and thread
/// count, equals the readable loop (double) and the 128-bit one-thread step (float) bit for bit, at sizes around chunk
/// boundaries and vector tails. Chunks of 64 elements make the split happen at test sizes; the settings are per thread.
/// </summary>
public class ParallelStepTests
{
    private const int Chunk = 64;

    public static TheoryData<string, int, int, int> KeysSizesThreadsAndWidths()
    {
        var data = new TheoryData<string, int, int, int>();
        foreach (var c in OptimizerRegistry.Entries.Where(e => e.NoSeparateFastPath is null).SelectMany(e => e.Cases))
            foreach (int bits in new[] { 512, 256, 128 })
                foreach (var (n, threads) in new[] { (13, 1), (2 * Chunk - 1, 2), (2 * Chunk, 2), (2 * Chunk + 1, 3), (7 * Chunk + 37, 2), (7 * Chunk + 37, 5) })
                    data.Add(c.Key, n, threads, bits);
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysSizesThreadsAndWidths))]
    public void Fast_step_equals_the_reference_loop_bit_for_bit(string key, int n, int threads, int bits)
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
            Split(threads, () => optimizer.Step(x, g, fast), bits: bits);
            optimizer.StepReference(y, g, reference);
        }
        AssertBits(y, x);
        foreach (var (name, buffer) in reference.Buffers) AssertBits(buffer, fast[name]);
    }

    [Theory]
    [MemberData(nameof(KeysSizesThreadsAndWidths))]
    public void Float_step_is_the_same_at_every_width_and_thread_count(string key, int n, int threads, int bits)
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
            Split(threads, () => optimizer.Step(x, g, parallel), bits: bits);
            Split(1, () => optimizer.Step(y, g, single), bits: 128);
        }
        AssertBits(y, x);
        foreach (var (name, buffer) in single.Buffers) AssertBits(buffer, parallel[name]);
    }

    /// <summary>Option combinations the registry's cases leave out, each compiled as its own kernel.</summary>
    public static TheoryData<string, int> OtherCombinationsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (string name in OtherCombinations.Keys)
            foreach (int bits in new[] { 512, 256, 128 })
                data.Add(name, bits);
        return data;
    }

    private static readonly Dictionary<string, Func<Optimizer>> OtherCombinations = new()
    {
        ["RmsProp momentum"] = () => new RmsProp(0.01, momentum: 0.9),
        ["RmsProp centered"] = () => new RmsProp(0.01, centered: true),
        ["RmsProp decay"] = () => new RmsProp(0.01, weightDecay: 0.1),
        ["RAdam decay"] = () => new RAdam(0.1, weightDecay: 0.1),
        ["Adam decoupled"] = () => new AdamW(0.1, weightDecay: 0.1, amsGrad: true),
        ["Sgd nesterov decay"] = () => new Sgd(0.1, momentum: 0.9, nesterov: true, weightDecay: 0.1),
        ["Sgd dampening"] = () => new Sgd(0.1, momentum: 0.9, dampening: 0.5),
    };

    [Theory]
    [MemberData(nameof(OtherCombinationsAndWidths))]
    public void Other_option_combinations_equal_the_reference_loop_bit_for_bit(string name, int bits)
    {
        const int n = 7 * Chunk + 37;
        var optimizer = OtherCombinations[name]();
        var random = new Random(3);
        var x = Problems.Random(random, n, scale: 2);
        var y = (double[])x.Clone();
        var fast = optimizer.CreateState<double>(n);
        var reference = optimizer.CreateState<double>(n);
        for (int t = 0; t < 10; t++)
        {
            var g = Problems.Random(random, n, scale: 5);
            Split(2, () => optimizer.Step(x, g, fast), bits: bits);
            optimizer.StepReference(y, g, reference);
        }
        AssertBits(y, x);
        foreach (var (buffer, values) in reference.Buffers) AssertBits(values, fast[buffer]);
    }

    /// <summary>CI runs this also with DOTNET_PreferredVectorBitWidth=256 and with DOTNET_EnableHWIntrinsic=0.</summary>
    [Fact]
    public void The_default_width_follows_the_runtime_settings_and_a_bad_width_names_itself()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_EnableHWIntrinsic") == "0")
            Assert.Equal(128, Elementwise.VectorBits);
        else if (Environment.GetEnvironmentVariable("DOTNET_PreferredVectorBitWidth") == "256")
            Assert.Equal(256, Elementwise.VectorBits);
        else if (System.Runtime.Intrinsics.X86.Avx512F.IsSupported && System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)
            Assert.Equal(512, Elementwise.VectorBits);
        Assert.Contains(Elementwise.VectorBits, new[] { 128, 256, 512 });
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Elementwise.VectorBits = 64);
        Assert.Contains("must be 128, 256 or 512", error.Message);
        Assert.Equal(64, error.ActualValue);
    }

    [Fact]
    public void Default_chunks_split_a_long_vector_and_keep_the_bits()
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

    private static void Split(int threads, Action step, int chunk = Chunk, int bits = 0)
    {
        Elementwise.ChunkLength = chunk;
        Elementwise.ThreadCount = threads;
        if (bits > 0) Elementwise.VectorBits = bits;
        try
        {
            step();
        }
        finally
        {
            Elementwise.ChunkLength = Elementwise.DefaultChunkLength;
            Elementwise.ThreadCount = Environment.ProcessorCount;
            Elementwise.VectorBits = 0;
        }
    }

    /// <summary>Equal bit for bit: the same NaNs and the same sign of zero, which <c>Assert.Equal</c> would let pass.</summary>
    private static void AssertBits<T>(T[] expected, T[] actual) where T : unmanaged =>
        Assert.Equal(expected.Select(BitsOf), actual.Select(BitsOf));

    private static long BitsOf<T>(T value) where T : unmanaged =>
        value switch { double d => BitConverter.DoubleToInt64Bits(d), float f => BitConverter.SingleToInt32Bits(f), _ => throw new NotSupportedException(typeof(T).Name) };
}
