using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>
/// The least a step can cost: the optimizers' own loop (<c>Elementwise.Run</c>, same chunks, same threads, same
/// vector loads and stores) over the step's own arrays, with the update x = x + (g - g) for the parameters and each
/// state buffer. It reads g, the parameters and the buffers and writes the parameters and the buffers back, exactly
/// the bytes of the step, and leaves every value as it was (g is finite), so the step it is measured beside is unchanged.
/// </summary>
internal readonly struct MemoryFloor<T> : IElementwiseUpdate<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply<TVector>(ref TVector parameter, TVector gradient, ref TVector first, ref TVector second, ref TVector third)
        where TVector : struct, ILanes<TVector, T>
    {
        var zero = gradient - gradient;
        parameter += zero;
        first += zero;
        second += zero;
        third += zero;
    }

    /// <summary>Runs the floor over <paramref name="buffers"/> (at most three) on up to <paramref name="threads"/> threads.</summary>
    public static void Run(T[] parameters, T[] gradients, IReadOnlyList<T[]> buffers, int threads)
    {
        Elementwise.ThreadCount = threads;
        Elementwise.Run(new MemoryFloor<T>(), parameters, gradients,
            buffers.Count > 0 ? buffers[0] : default, buffers.Count > 1 ? buffers[1] : default, buffers.Count > 2 ? buffers[2] : default);
        Elementwise.ThreadCount = Environment.ProcessorCount;
    }
}
