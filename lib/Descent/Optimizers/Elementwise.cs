using System.Numerics;
using System.Runtime.InteropServices;

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

/// <summary>Runs an <see cref="IElementwiseUpdate{T}"/> over spans in one pass: full vectors, then a padded tail.</summary>
internal static class Elementwise
{
    public static void Run<T, TUpdate>(TUpdate update, Span<T> parameters, ReadOnlySpan<T> gradients,
        Span<T> first = default, Span<T> second = default, Span<T> third = default)
        where T : unmanaged, IFloatingPointIeee754<T>
        where TUpdate : struct, IElementwiseUpdate<T>
    {
        int n = parameters.Length;
        bool hasFirst = !first.IsEmpty, hasSecond = !second.IsEmpty, hasThird = !third.IsEmpty;
        ref T p = ref MemoryMarshal.GetReference(parameters);
        ref T g = ref MemoryMarshal.GetReference(gradients);
        ref T a = ref MemoryMarshal.GetReference(first);
        ref T b = ref MemoryMarshal.GetReference(second);
        ref T c = ref MemoryMarshal.GetReference(third);

        Vector<T> va = default, vb = default, vc = default;
        int width = Vector<T>.Count;
        int i = 0;
        for (; i <= n - width; i += width)
        {
            nuint k = (nuint)i;
            var vp = Vector.LoadUnsafe(ref p, k);
            var vg = Vector.LoadUnsafe(ref g, k);
            if (hasFirst) va = Vector.LoadUnsafe(ref a, k);
            if (hasSecond) vb = Vector.LoadUnsafe(ref b, k);
            if (hasThird) vc = Vector.LoadUnsafe(ref c, k);
            update.Apply(ref vp, vg, ref va, ref vb, ref vc);
            vp.StoreUnsafe(ref p, k);
            if (hasFirst) va.StoreUnsafe(ref a, k);
            if (hasSecond) vb.StoreUnsafe(ref b, k);
            if (hasThird) vc.StoreUnsafe(ref c, k);
        }

        int rest = n - i;
        if (rest == 0) return;
        // The tail goes through the same lanes, padded with zeros; the padding lanes are discarded.
        Span<T> tp = stackalloc T[width], tg = stackalloc T[width], ta = stackalloc T[width],
            tb = stackalloc T[width], tc = stackalloc T[width];
        tp.Clear(); tg.Clear(); ta.Clear(); tb.Clear(); tc.Clear();
        parameters[i..].CopyTo(tp);
        gradients[i..].CopyTo(tg);
        if (hasFirst) first[i..].CopyTo(ta);
        if (hasSecond) second[i..].CopyTo(tb);
        if (hasThird) third[i..].CopyTo(tc);
        var lp = new Vector<T>(tp);
        va = new Vector<T>(ta); vb = new Vector<T>(tb); vc = new Vector<T>(tc);
        update.Apply(ref lp, new Vector<T>(tg), ref va, ref vb, ref vc);
        lp.CopyTo(tp); va.CopyTo(ta); vb.CopyTo(tb); vc.CopyTo(tc);
        tp[..rest].CopyTo(parameters[i..]);
        if (hasFirst) ta[..rest].CopyTo(first[i..]);
        if (hasSecond) tb[..rest].CopyTo(second[i..]);
        if (hasThird) tc[..rest].CopyTo(third[i..]);
    }

    /// <summary>Broadcasts a coefficient computed in double to the element type.</summary>
    public static Vector<T> Splat<T>(double value) where T : unmanaged, IFloatingPointIeee754<T> =>
        new(T.CreateTruncating(value));
}
