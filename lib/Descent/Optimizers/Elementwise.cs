using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Optimizers;

/// <summary>
/// The per-element update of an optimizer, applied to <see cref="Vector{T}"/> lanes: the parameter, the gradient
/// and up to three state buffers (unused ones are ignored). It must do, lane by lane, exactly the floating-point
/// operations of the optimizer's reference loop.
/// </summary>
internal interface IElementwiseUpdate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    void Apply(ref Vector<T> parameter, Vector<T> gradient, ref Vector<T> first, ref Vector<T> second, ref Vector<T> third);
}

/// <summary>
/// Runs an <see cref="IElementwiseUpdate{T}"/> over spans in one fused pass. A span of at least two chunks of
/// <see cref="ChunkLength"/> elements is cut into chunks that run on up to <see cref="ThreadCount"/> cores, each through
/// the same loop; shorter spans run on the calling thread. Every element is updated from its own values only, so the
/// result is the same bit for bit whatever the cut and the thread count.
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

    public static void Run<T, TUpdate>(TUpdate update, Span<T> parameters, ReadOnlySpan<T> gradients,
        Span<T> first = default, Span<T> second = default, Span<T> third = default)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
    {
        int n = parameters.Length, chunk = ChunkLength;
        int threads = Math.Min(ThreadCount, n / chunk);
        fixed (T* p = parameters, g = gradients, a = first, b = second, c = third)
        {
            var all = new Buffers<T>(p, g, a, b, c);
            if (threads < 2)
            {
                Chunk(update, all, n);
                return;
            }
            Parallel.For(0, (n + chunk - 1) / chunk, new ParallelOptions { MaxDegreeOfParallelism = threads }, k =>
            {
                int start = k * chunk;
                Chunk(update, all.From(start), Math.Min(chunk, n - start));
            });
        }
    }

    /// <summary>Broadcasts a coefficient computed in double to the element type.</summary>
    public static Vector<T> Splat<T>(double value) where T : unmanaged, IFloatingPointIeee754<T> =>
        new(T.CreateTruncating(value));

    /// <summary>Picks the loop compiled for exactly the state buffers in use, so the loop itself tests no flag.</summary>
    private static void Chunk<T, TUpdate>(TUpdate update, Buffers<T> x, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
    {
        switch ((x.First != null ? 1 : 0) | (x.Second != null ? 2 : 0) | (x.Third != null ? 4 : 0))
        {
            case 0: Loop<T, TUpdate, Unset, Unset, Unset>(update, x, length); break;
            case 1: Loop<T, TUpdate, Set, Unset, Unset>(update, x, length); break;
            case 3: Loop<T, TUpdate, Set, Set, Unset>(update, x, length); break;
            case 5: Loop<T, TUpdate, Set, Unset, Set>(update, x, length); break;
            case 7: Loop<T, TUpdate, Set, Set, Set>(update, x, length); break;
            default: throw new ArgumentException("state buffers are used in order: first, then second; third may skip second");
        }
    }

    /// <summary>Full vectors, then the tail.</summary>
    /// <remarks>
    /// Seen with DOTNET_JitDisasm="Loop" (.NET 10, AVX2, Adam in float): the vector loop is 4 loads, the arithmetic
    /// (one vsqrtps, two vdivps, the coefficients as memory operands), 3 stores and one compare-and-branch; SGD with
    /// momentum is 3 loads, 4 arithmetic instructions on coefficients held in registers and 2 stores. Before the
    /// buffers and Adam's options were type arguments, it tested each flag per iteration; while the tail (which calls
    /// Memmove) was in the same method, the JIT reloaded every coefficient from the stack on each iteration.
    /// Compiled optimized on first call: a notebook host that keeps compiling cells would otherwise keep it at tier 0.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Loop<T, TUpdate, TFirst, TSecond, TThird>(TUpdate update, Buffers<T> x, int length)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
        where TFirst : struct, IFlag
        where TSecond : struct, IFlag
        where TThird : struct, IFlag
    {
        T* p = x.Parameters, g = x.Gradients, a = x.First, b = x.Second, c = x.Third;
        nuint width = (nuint)Vector<T>.Count, n = (nuint)length, i = 0;
        Vector<T> va = default, vb = default, vc = default;
        for (; i + width <= n; i += width)
        {
            var vp = Vector.Load(p + i);
            var vg = Vector.Load(g + i);
            if (TFirst.IsSet) va = Vector.Load(a + i);
            if (TSecond.IsSet) vb = Vector.Load(b + i);
            if (TThird.IsSet) vc = Vector.Load(c + i);
            update.Apply(ref vp, vg, ref va, ref vb, ref vc);
            vp.Store(p + i);
            if (TFirst.IsSet) va.Store(a + i);
            if (TSecond.IsSet) vb.Store(b + i);
            if (TThird.IsSet) vc.Store(c + i);
        }

        if (i < n) Tail<T, TUpdate, TFirst, TSecond, TThird>(update, x.From((int)i), (int)(n - i));
    }

    /// <summary>The last rest &lt; width elements, through the same lanes padded with zeros (the padding is discarded).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Tail<T, TUpdate, TFirst, TSecond, TThird>(TUpdate update, Buffers<T> x, int rest)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
        where TFirst : struct, IFlag
        where TSecond : struct, IFlag
        where TThird : struct, IFlag
    {
        T* p = x.Parameters, g = x.Gradients, a = x.First, b = x.Second, c = x.Third;
        int width = Vector<T>.Count;
        Span<T> lanes = stackalloc T[width * 5];
        lanes.Clear();
        var tp = lanes.Slice(0, width);
        var tg = lanes.Slice(width, width);
        var ta = lanes.Slice(2 * width, width);
        var tb = lanes.Slice(3 * width, width);
        var tc = lanes.Slice(4 * width, width);
        new Span<T>(p, rest).CopyTo(tp);
        new Span<T>(g, rest).CopyTo(tg);
        if (TFirst.IsSet) new Span<T>(a, rest).CopyTo(ta);
        if (TSecond.IsSet) new Span<T>(b, rest).CopyTo(tb);
        if (TThird.IsSet) new Span<T>(c, rest).CopyTo(tc);
        var lp = new Vector<T>(tp);
        Vector<T> va = new(ta), vb = new(tb), vc = new(tc);
        update.Apply(ref lp, new Vector<T>(tg), ref va, ref vb, ref vc);
        lp.CopyTo(tp); va.CopyTo(ta); vb.CopyTo(tb); vc.CopyTo(tc);
        tp[..rest].CopyTo(new Span<T>(p, rest));
        if (TFirst.IsSet) ta[..rest].CopyTo(new Span<T>(a, rest));
        if (TSecond.IsSet) tb[..rest].CopyTo(new Span<T>(b, rest));
        if (TThird.IsSet) tc[..rest].CopyTo(new Span<T>(c, rest));
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
