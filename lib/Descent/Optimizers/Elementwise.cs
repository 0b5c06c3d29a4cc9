using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Descent.Optimizers;

/// <summary>
/// The per-element update of an optimizer, applied to vector lanes of any width (<see cref="ILanes{TSelf, T}"/>: 512,
/// 256 or 128 bits): the parameter, the gradient and up to three state buffers (unused ones are ignored). It must do,
/// lane by lane, exactly the floating-point operations of the optimizer's reference loop, so every width gives the same bits.
/// </summary>
internal interface IElementwiseUpdate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector first, ref TVector second, ref TVector third)
        where TVector : struct, ILanes<TVector, T>;
}

/// <summary>
/// Runs an <see cref="IElementwiseUpdate{T}"/> over spans in one fused pass. A span of at least two chunks of
/// <see cref="ChunkLength"/> elements is cut into chunks that run on up to <see cref="ThreadCount"/> cores, each through
/// the same loop; shorter spans run on the calling thread. The loop uses the widest vectors the hardware accelerates
/// (<see cref="VectorBits"/>). Every element is updated from its own values only, with the same operations in every
/// lane, so the result is the same bit for bit whatever the cut, the thread count and the width.
/// </summary>
internal static unsafe class Elementwise
{
    /// <summary>
    /// 2^16 elements: a multiple of every vector width, so only the last chunk has a tail; 1e7 parameters make about
    /// 150 chunks, enough to balance two cores, and a chunk is long enough that scheduling it costs well under 1 %.
    /// </summary>
    public const int DefaultChunkLength = 1 << 16;

    // Per calling thread, so that a test forcing a split does not change the steps of tests running beside it.
    [ThreadStatic] private static int chunkLength, threadCount;

    /// <summary>Elements per parallel chunk, a positive multiple of 64 (default <see cref="DefaultChunkLength"/>).</summary>
    internal static int ChunkLength
    {
        get => chunkLength > 0 ? chunkLength : DefaultChunkLength;
        set => chunkLength = value > 0 && value % 64 == 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be a positive multiple of 64");
    }

    /// <summary>Most threads a step uses (default <see cref="Environment.ProcessorCount"/>; 1 keeps it on the caller).</summary>
    internal static int ThreadCount
    {
        get => threadCount > 0 ? threadCount : Environment.ProcessorCount;
        set => threadCount = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");
    }

    /// <summary>
    /// Bits per vector in the loops: 512, 256 or 128. The default is the widest that <see cref="Vector512.IsHardwareAccelerated"/>
    /// and <see cref="Vector256.IsHardwareAccelerated"/> report (they follow <c>DOTNET_PreferredVectorBitWidth</c>); without
    /// any vector hardware, <see cref="Vector128{T}"/>'s software fallback runs the same lanes one element at a time.
    /// Another width can be forced (per calling thread; 0 restores the default) to test every path on one machine.
    /// </summary>
    internal static int VectorBits
    {
        get => vectorBits > 0 ? vectorBits : WidestAccelerated;
        set => vectorBits = value is 0 or 128 or 256 or 512 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be 128, 256 or 512 (0 for the default)");
    }

    [ThreadStatic] private static int vectorBits;

    private static readonly int WidestAccelerated = Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    public static void Run<T, TUpdate>(TUpdate update, Span<T> parameters, ReadOnlySpan<T> gradients,
        Span<T> first = default, Span<T> second = default, Span<T> third = default)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
    {
        int n = parameters.Length, chunk = ChunkLength, bits = VectorBits;
        int threads = Math.Min(ThreadCount, n / chunk);
        fixed (T* p = parameters, g = gradients, a = first, b = second, c = third)
        {
            var all = new Buffers<T>(p, g, a, b, c);
            if (threads < 2)
            {
                Chunk(update, all, n, bits);
                return;
            }
            Parallel.For(0, (n + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                int start = k * chunk;
                Chunk(update, all.From(start), Math.Min(chunk, n - start), bits);
            });
        }
    }

    /// <summary>Picks the vector width.</summary>
    private static void Chunk<T, TUpdate>(TUpdate update, Buffers<T> x, int length, int bits)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
    {
        switch (bits)
        {
            case 512: Chunk<T, TUpdate, Lanes512<T>>(update, x, length); break;
            case 256: Chunk<T, TUpdate, Lanes256<T>>(update, x, length); break;
            default: Chunk<T, TUpdate, Lanes128<T>>(update, x, length); break;
        }
    }

    /// <summary>Picks the loop compiled for exactly the state buffers in use, so the loop itself tests no flag.</summary>
    private static void Chunk<T, TUpdate, TVector>(TUpdate update, Buffers<T> x, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
        where TVector : struct, ILanes<TVector, T>
    {
        switch ((x.First != null ? 1 : 0) | (x.Second != null ? 2 : 0) | (x.Third != null ? 4 : 0))
        {
            case 0: Loop<T, TUpdate, TVector, Unset, Unset, Unset>(update, x, length); break;
            case 1: Loop<T, TUpdate, TVector, Set, Unset, Unset>(update, x, length); break;
            case 3: Loop<T, TUpdate, TVector, Set, Set, Unset>(update, x, length); break;
            case 5: Loop<T, TUpdate, TVector, Set, Unset, Set>(update, x, length); break;
            case 7: Loop<T, TUpdate, TVector, Set, Set, Set>(update, x, length); break;
            default: throw new ArgumentException("state buffers are used in order: first, then second; third may skip second");
        }
    }

    /// <summary>Full vectors, then the tail.</summary>
    /// <remarks>
    /// Seen with DOTNET_JitDisasm="Loop" (.NET 10, AVX-512, float, 512-bit lanes): SGD with momentum is 3 loads
    /// (zmm), 4 arithmetic instructions on coefficients broadcast once before the loop, 2 stores and one
    /// compare-and-branch; Adam is 4 loads, one vsqrtps, two vdivps, 3 stores, and one register-to-register vbroadcastss
    /// per coefficient inside the loop (the JIT does not hoist Adam's eight; each is a single cheap instruction in a loop
    /// bound by memory or by the divider). The wrappers of <see cref="ILanes{TSelf, T}"/> leave no trace. Before the
    /// buffers and Adam's options were type arguments, the loop tested each flag per iteration; while the tail (which
    /// calls Memmove) was in the same method, the JIT reloaded every coefficient from the stack on each iteration.
    /// Compiled optimized on first call: a notebook host that keeps compiling cells would otherwise keep it at tier 0.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Loop<T, TUpdate, TVector, TFirst, TSecond, TThird>(TUpdate update, Buffers<T> x, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
        where TVector : struct, ILanes<TVector, T>
        where TFirst : struct, IFlag
        where TSecond : struct, IFlag
        where TThird : struct, IFlag
    {
        T* p = x.Parameters, g = x.Gradients, a = x.First, b = x.Second, c = x.Third;
        nuint width = (nuint)TVector.Count, n = (nuint)length, i = 0;
        TVector va = TVector.Zero, vb = TVector.Zero, vc = TVector.Zero;
        for (; i + width <= n; i += width)
        {
            var vp = TVector.Load(p + i);
            var vg = TVector.Load(g + i);
            if (TFirst.IsSet) va = TVector.Load(a + i);
            if (TSecond.IsSet) vb = TVector.Load(b + i);
            if (TThird.IsSet) vc = TVector.Load(c + i);
            update.Apply(ref vp, vg, ref va, ref vb, ref vc);
            TVector.Store(vp, p + i);
            if (TFirst.IsSet) TVector.Store(va, a + i);
            if (TSecond.IsSet) TVector.Store(vb, b + i);
            if (TThird.IsSet) TVector.Store(vc, c + i);
        }

        if (i < n) Tail<T, TUpdate, TVector, TFirst, TSecond, TThird>(update, x.From((int)i), (int)(n - i));
    }

    /// <summary>The last rest &lt; width elements, through the same lanes padded with zeros (the padding is discarded).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Tail<T, TUpdate, TVector, TFirst, TSecond, TThird>(TUpdate update, Buffers<T> x, int rest)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
        where TVector : struct, ILanes<TVector, T>
        where TFirst : struct, IFlag
        where TSecond : struct, IFlag
        where TThird : struct, IFlag
    {
        T* p = x.Parameters, g = x.Gradients, a = x.First, b = x.Second, c = x.Third;
        int width = TVector.Count;
        T* lanes = stackalloc T[width * 5];
        new Span<T>(lanes, width * 5).Clear();
        T* tp = lanes, tg = lanes + width, ta = lanes + 2 * width, tb = lanes + 3 * width, tc = lanes + 4 * width;
        new Span<T>(p, rest).CopyTo(new Span<T>(tp, rest));
        new Span<T>(g, rest).CopyTo(new Span<T>(tg, rest));
        if (TFirst.IsSet) new Span<T>(a, rest).CopyTo(new Span<T>(ta, rest));
        if (TSecond.IsSet) new Span<T>(b, rest).CopyTo(new Span<T>(tb, rest));
        if (TThird.IsSet) new Span<T>(c, rest).CopyTo(new Span<T>(tc, rest));
        TVector vp = TVector.Load(tp), va = TVector.Load(ta), vb = TVector.Load(tb), vc = TVector.Load(tc);
        update.Apply(ref vp, TVector.Load(tg), ref va, ref vb, ref vc);
        TVector.Store(vp, tp); TVector.Store(va, ta); TVector.Store(vb, tb); TVector.Store(vc, tc);
        new Span<T>(tp, rest).CopyTo(new Span<T>(p, rest));
        if (TFirst.IsSet) new Span<T>(ta, rest).CopyTo(new Span<T>(a, rest));
        if (TSecond.IsSet) new Span<T>(tb, rest).CopyTo(new Span<T>(b, rest));
        if (TThird.IsSet) new Span<T>(tc, rest).CopyTo(new Span<T>(c, rest));
    }

    /// <summary>The pinned spans of one step (a null pointer is an unused buffer).</summary>
    private readonly struct Buffers<T>(T* parameters, T* gradients, T* first, T* second, T* third) where T : unmanaged
    {
        public T* Parameters => parameters;
        public T* Gradients => gradients;
        public T* First => first;
        public T* Second => second;
        public T* Third => third;

        public Buffers<T> From(int start) => new(parameters + start, gradients + start,
            first == null ? null : first + start, second == null ? null : second + start, third == null ? null : third + start);
    }
}
