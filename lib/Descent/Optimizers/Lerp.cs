using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Descent.Optimizers;

/// <summary>
/// PyTorch's <c>lerp_(end, weight)</c>: start + w (end - start), evaluated as
/// <c>start + w*(end - start)</c> when |w| &lt; 0.5 and <c>end - (end - start)*(1 - w)</c> otherwise
/// (the two forms round differently; PyTorch picks by the size of w).
/// </summary>
internal static class Lerp
{
    public static double Of(double start, double end, double weight) =>
        Math.Abs(weight) < 0.5 ? start + weight * (end - start) : end - (end - start) * (1 - weight);

    /// <summary>The weight and its complement, converted once per step.</summary>
    /// <remarks>
    /// Both forms are computed and one is selected by a mask: a branch on the size of the weight inside the kernel
    /// made the JIT reload every coefficient from the stack on each iteration (seen with DOTNET_JitDisasm).
    /// </remarks>
    public readonly struct Weight<T> where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly T weight, complement, small;

        public Weight(double value)
        {
            small = Math.Abs(value) < 0.5 ? Vector128<T>.AllBitsSet.ToScalar() : T.Zero;
            weight = T.CreateTruncating(value);
            complement = T.CreateTruncating(1 - value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public TVector Of<TVector>(TVector start, TVector end) where TVector : struct, ILanes<TVector, T>
        {
            var difference = end - start;
            return TVector.Select(TVector.Broadcast(small), start + difference * weight, end - difference * complement);
        }
    }
}
