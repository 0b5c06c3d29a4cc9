using System.Numerics;
using System.Runtime.CompilerServices;

namespace Descent.Models;

/// <summary>
/// The two dense kernels of <see cref="BatchedMlp"/>, on row-major matrices in flat arrays:
/// C = A Bᵀ (every entry a dot product of two contiguous rows) and the transpose.
/// They are compiled fully optimized on first call (<see cref="MethodImplOptions.AggressiveOptimization"/>): in a
/// notebook host, which keeps compiling cells, tiered compilation otherwise leaves them at tier 0 (several times slower)
/// for seconds.
/// </summary>
internal static class MatrixProduct
{
    // Below this many multiply-adds a product runs on one thread: splitting it costs more than it saves.
    private const long ParallelThreshold = 1L << 20;

    /// <summary>
    /// C (m × n) = A (m × k) · Bᵀ, where B is n × k: C[i, j] = Σ_p A[i, p] B[j, p]. Rows of C are shared among the
    /// cores when the product is large; each entry is computed by one thread, so the result does not depend on it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static unsafe void MultiplyTransposed<T>(ReadOnlySpan<T> a, int m, int k, ReadOnlySpan<T> b, int n, Span<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        fixed (T* pa = a, pb = b, pc = c)
        {
            nint aAddress = (nint)pa, bAddress = (nint)pb, cAddress = (nint)pc;
            int pairs = (m + 1) / 2;
            int chunks = (long)m * n * k >= ParallelThreshold ? Math.Min(Environment.ProcessorCount, pairs) : 1;
            if (chunks <= 1)
            {
                Rows((T*)aAddress, (T*)bAddress, (T*)cAddress, 0, m, m, k, n);
                return;
            }
            Parallel.For(0, chunks, chunk =>
            {
                int first = 2 * (int)((long)pairs * chunk / chunks), last = Math.Min(m, 2 * (int)((long)pairs * (chunk + 1) / chunks));
                Rows((T*)aAddress, (T*)bAddress, (T*)cAddress, first, last, m, k, n);
            });
        }
    }

    /// <summary>T (columns × rows) = Aᵀ for A (rows × columns).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Transpose<T>(ReadOnlySpan<T> a, int rows, int columns, Span<T> t)
    {
        const int tile = 32;
        for (int i0 = 0; i0 < rows; i0 += tile)
            for (int j0 = 0; j0 < columns; j0 += tile)
                for (int i = i0; i < Math.Min(rows, i0 + tile); i++)
                    for (int j = j0; j < Math.Min(columns, j0 + tile); j++)
                        t[j * rows + i] = a[i * columns + j];
    }

    // Rows first … last − 1 of C, two rows of A against two rows of B at a time: four dot products share four loads.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Rows<T>(T* a, T* b, T* c, int first, int last, int m, int k, int n)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = first;
        for (; i + 1 < last; i += 2)
        {
            T* a0 = a + (long)i * k, a1 = a0 + k;
            int j = 0;
            for (; j + 1 < n; j += 2)
            {
                T* b0 = b + (long)j * k, b1 = b0 + k;
                Dot2x2(a0, a1, b0, b1, k, out T c00, out T c01, out T c10, out T c11);
                c[(long)i * n + j] = c00;
                c[(long)i * n + j + 1] = c01;
                c[(long)(i + 1) * n + j] = c10;
                c[(long)(i + 1) * n + j + 1] = c11;
            }
            if (j < n)
            {
                c[(long)i * n + j] = Dot(a0, b + (long)j * k, k);
                c[(long)(i + 1) * n + j] = Dot(a1, b + (long)j * k, k);
            }
        }
        if (i < last)
            for (int j = 0; j < n; j++)
                c[(long)i * n + j] = Dot(a + (long)i * k, b + (long)j * k, k);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe void Dot2x2<T>(T* a0, T* a1, T* b0, T* b1, int k, out T c00, out T c01, out T c10, out T c11)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int width = Vector<T>.Count, p = 0;
        Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
        for (; p <= k - width; p += width)
        {
            var x0 = Vector.Load(a0 + p);
            var x1 = Vector.Load(a1 + p);
            var y0 = Vector.Load(b0 + p);
            var y1 = Vector.Load(b1 + p);
            s00 = MultiplyAdd(x0, y0, s00);
            s01 = MultiplyAdd(x0, y1, s01);
            s10 = MultiplyAdd(x1, y0, s10);
            s11 = MultiplyAdd(x1, y1, s11);
        }
        c00 = Vector.Sum(s00);
        c01 = Vector.Sum(s01);
        c10 = Vector.Sum(s10);
        c11 = Vector.Sum(s11);
        for (; p < k; p++)
        {
            c00 += a0[p] * b0[p];
            c01 += a0[p] * b1[p];
            c10 += a1[p] * b0[p];
            c11 += a1[p] * b1[p];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static unsafe T Dot<T>(T* x, T* y, int k)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int width = Vector<T>.Count, p = 0;
        Vector<T> sum = Vector<T>.Zero;
        for (; p <= k - width; p += width)
            sum = MultiplyAdd(Vector.Load(x + p), Vector.Load(y + p), sum);
        T total = Vector.Sum(sum);
        for (; p < k; p++) total += x[p] * y[p];
        return total;
    }

    // x·y + acc in one fused instruction for float and double (the type tests are resolved when the code is compiled).
    private static Vector<T> MultiplyAdd<T>(Vector<T> x, Vector<T> y, Vector<T> acc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
            return Vector.FusedMultiplyAdd(x.As<T, double>(), y.As<T, double>(), acc.As<T, double>()).As<double, T>();
        if (typeof(T) == typeof(float))
            return Vector.FusedMultiplyAdd(x.As<T, float>(), y.As<T, float>(), acc.As<T, float>()).As<float, T>();
        return acc + x * y;
    }
}
