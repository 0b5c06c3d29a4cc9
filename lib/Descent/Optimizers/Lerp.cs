using System.Numerics;
using System.Runtime.CompilerServices;

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
    public readonly struct Weight<T> where T : unmanaged, IFloatingPointIeee754<T>
    {
        private readonly Vector<T> weight, complement;
        private readonly bool small;

        public Weight(double value)
        {
            small = Math.Abs(value) < 0.5;
            weight = Elementwise.Splat<T>(value);
            complement = Elementwise.Splat<T>(1 - value);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Vector<T> Of(Vector<T> start, Vector<T> end) =>
            small ? start + weight * (end - start) : end - (end - start) * complement;
    }
}
