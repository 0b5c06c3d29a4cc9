using System.Numerics;
using System.Runtime.InteropServices;

namespace Descent.Benchmarks;

/// <summary>
/// Kernels that move the same bytes as an optimizer step and do (almost) no arithmetic, with the same
/// <see cref="Vector{T}"/> loads and stores: the memory-bandwidth floor a fused step is measured against.
/// </summary>
public static class MemoryFloor
{
    /// <summary>Adam's traffic: reads p, g, m, v and writes p, m, v.</summary>
    public static void ReadFourWriteThree(Span<float> p, ReadOnlySpan<float> g, Span<float> m, Span<float> v)
    {
        ref float rp = ref MemoryMarshal.GetReference(p);
        ref float rg = ref MemoryMarshal.GetReference(g);
        ref float rm = ref MemoryMarshal.GetReference(m);
        ref float rv = ref MemoryMarshal.GetReference(v);
        int width = Vector<float>.Count, i = 0;
        for (; i <= p.Length - width; i += width)
        {
            nuint k = (nuint)i;
            var vg = Vector.LoadUnsafe(ref rg, k);
            (Vector.LoadUnsafe(ref rp, k) + vg).StoreUnsafe(ref rp, k);
            (Vector.LoadUnsafe(ref rm, k) + vg).StoreUnsafe(ref rm, k);
            (Vector.LoadUnsafe(ref rv, k) + vg).StoreUnsafe(ref rv, k);
        }
        for (; i < p.Length; i++)
        {
            p[i] += g[i];
            m[i] += g[i];
            v[i] += g[i];
        }
    }

    /// <summary>SGD-with-momentum's traffic: reads p, g, b and writes p, b.</summary>
    public static void ReadThreeWriteTwo(Span<float> p, ReadOnlySpan<float> g, Span<float> b)
    {
        ref float rp = ref MemoryMarshal.GetReference(p);
        ref float rg = ref MemoryMarshal.GetReference(g);
        ref float rb = ref MemoryMarshal.GetReference(b);
        int width = Vector<float>.Count, i = 0;
        for (; i <= p.Length - width; i += width)
        {
            nuint k = (nuint)i;
            var vg = Vector.LoadUnsafe(ref rg, k);
            (Vector.LoadUnsafe(ref rp, k) + vg).StoreUnsafe(ref rp, k);
            (Vector.LoadUnsafe(ref rb, k) + vg).StoreUnsafe(ref rb, k);
        }
        for (; i < p.Length; i++)
        {
            p[i] += g[i];
            b[i] += g[i];
        }
    }
}
