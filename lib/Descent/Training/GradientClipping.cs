using System.Numerics;

namespace Descent.Training;

/// <summary>
/// Gradient clipping in place, as PyTorch's <c>torch.nn.utils.clip_grad_norm_</c> and <c>clip_grad_value_</c> do it.
/// The gradient of every parameter is one flat span here, so "the norm over all parameters" is the norm of that span.
/// </summary>
public static class GradientClipping
{
    /// <summary>PyTorch's 1e-6 added to the total norm before dividing by it.</summary>
    public const double NormEpsilon = 1e-6;

    /// <summary>
    /// <c>clip_grad_norm_</c>: with the total norm N = ‖g‖_p = (Σᵢ |gᵢ|^p)^(1/p) (p = ∞: N = maxᵢ |gᵢ|) and the
    /// coefficient c = maxNorm / (N + 1e-6), every gᵢ is multiplied by c when c &lt; 1 (that is, when N exceeds
    /// <paramref name="maxNorm"/>, up to the 1e-6) and left alone otherwise, so the clipped norm is just under maxNorm.
    /// The direction of the gradient never changes. Like PyTorch's default (<c>error_if_nonfinite=False</c>), a
    /// non-finite norm is returned, not thrown: N = ∞ gives c = 0 and N = NaN makes every element NaN, as in PyTorch.
    /// </summary>
    /// <param name="gradient">The gradient, clipped in place.</param>
    /// <param name="maxNorm">The largest norm allowed, finite and ≥ 0.</param>
    /// <param name="normType">p, finite and &gt; 0 or +∞; default 2 (the Euclidean norm).</param>
    /// <returns>N, the total norm before clipping (what a training log records).</returns>
    public static double ClipByGlobalNorm<T>(Span<T> gradient, double maxNorm, double normType = 2)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!double.IsFinite(maxNorm) || maxNorm < 0)
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm, "maxNorm must be a finite number >= 0.");
        if (!(normType > 0) || double.IsNaN(normType) || double.IsNegativeInfinity(normType))
            throw new ArgumentOutOfRangeException(nameof(normType), normType, "normType must be a number > 0 or +infinity.");

        double total = Norm<T>(gradient, normType);
        double coefficient = maxNorm / (total + NormEpsilon);
        if (!(coefficient >= 1))   // also when N is NaN: PyTorch then multiplies by NaN, so the NaN reaches every element
        {
            T factor = T.CreateChecked(coefficient);
            for (int i = 0; i < gradient.Length; i++) gradient[i] *= factor;
        }
        return total;
    }

    /// <summary>
    /// <c>clip_grad_value_</c>: gᵢ ← min(max(gᵢ, −c), c) for c = <paramref name="clipValue"/>, element by element.
    /// Unlike clipping by norm this changes the direction of the gradient.
    /// </summary>
    /// <param name="gradient">The gradient, clipped in place.</param>
    /// <param name="clipValue">c, finite and ≥ 0.</param>
    /// <returns>How many elements were changed.</returns>
    public static int ClipByValue<T>(Span<T> gradient, double clipValue)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (!double.IsFinite(clipValue) || clipValue < 0)
            throw new ArgumentOutOfRangeException(nameof(clipValue), clipValue, "clipValue must be a finite number >= 0.");
        T high = T.CreateChecked(clipValue), low = -high;
        int changed = 0;
        for (int i = 0; i < gradient.Length; i++)
        {
            if (gradient[i] > high) { gradient[i] = high; changed++; }
            else if (gradient[i] < low) { gradient[i] = low; changed++; }
        }
        return changed;
    }

    /// <summary>‖g‖_p = (Σᵢ |gᵢ|^p)^(1/p), summed in double; p = ∞ gives maxᵢ |gᵢ|.</summary>
    public static double Norm<T>(ReadOnlySpan<T> gradient, double normType = 2)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (double.IsPositiveInfinity(normType))
        {
            double max = 0;
            foreach (T g in gradient) max = Math.Max(max, Math.Abs(double.CreateChecked(g)));
            return max;
        }
        double sum = 0;
        if (normType == 2)
        {
            foreach (T g in gradient) { double v = double.CreateChecked(g); sum += v * v; }
            return Math.Sqrt(sum);
        }
        foreach (T g in gradient) sum += Math.Pow(Math.Abs(double.CreateChecked(g)), normType);
        return Math.Pow(sum, 1 / normType);
    }
}
