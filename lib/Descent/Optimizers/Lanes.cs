using System.Numerics;
using System.Runtime.Intrinsics;

namespace Descent.Optimizers;

/// <summary>
/// The vector operations of the elementwise kernels, for one vector width, so that one kernel compiles for 512, 256
/// and 128 bits. (.NET's own <c>ISimdVector</c> is not public.) Every operation is the lane-wise IEEE operation of
/// <see cref="Vector512{T}"/>, <see cref="Vector256{T}"/> or <see cref="Vector128{T}"/>: correctly rounded, no fused
/// multiply-add, so every width gives the bits of the scalar reference loop. A product with a coefficient is written
/// lanes * coefficient, the same bits as coefficient * lanes.
/// </summary>
internal unsafe interface ILanes<TSelf, T>
    where TSelf : struct, ILanes<TSelf, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    static abstract int Count { get; }
    static abstract TSelf Zero { get; }
    static abstract TSelf One { get; }
    static abstract TSelf Load(T* source);
    static abstract void Store(TSelf value, T* destination);
    static abstract TSelf Broadcast(T value);
    static abstract TSelf operator +(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a, TSelf b);
    static abstract TSelf operator *(TSelf a, TSelf b);
    static abstract TSelf operator /(TSelf a, TSelf b);
    static abstract TSelf operator *(TSelf a, T b);
    static abstract TSelf operator /(TSelf a, T b);
    static abstract TSelf Sqrt(TSelf a);
    /// <summary>IEEE maximum, like <see cref="Math.Max(double, double)"/>: NaN wins, and +0 is above -0.</summary>
    static abstract TSelf Max(TSelf a, TSelf b);
    static abstract TSelf Abs(TSelf a);
    /// <summary>Bitwise: the bits of <paramref name="whenSet"/> where <paramref name="mask"/> is set, else those of <paramref name="otherwise"/>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf whenSet, TSelf otherwise);
    static abstract TSelf GreaterThan(TSelf a, TSelf b);
    static abstract TSelf LessThan(TSelf a, TSelf b);
}

/// <summary>512-bit lanes.</summary>
internal readonly unsafe struct Lanes512<T>(Vector512<T> v) : ILanes<Lanes512<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector512<T> v = v;

    public static int Count => Vector512<T>.Count;
    public static Lanes512<T> Zero => new(Vector512<T>.Zero);
    public static Lanes512<T> One => new(Vector512<T>.One);
    public static Lanes512<T> Load(T* source) => new(Vector512.Load(source));
    public static void Store(Lanes512<T> value, T* destination) => value.v.Store(destination);
    public static Lanes512<T> Broadcast(T value) => new(Vector512.Create(value));
    public static Lanes512<T> operator +(Lanes512<T> a, Lanes512<T> b) => new(a.v + b.v);
    public static Lanes512<T> operator -(Lanes512<T> a, Lanes512<T> b) => new(a.v - b.v);
    public static Lanes512<T> operator *(Lanes512<T> a, Lanes512<T> b) => new(a.v * b.v);
    public static Lanes512<T> operator /(Lanes512<T> a, Lanes512<T> b) => new(a.v / b.v);
    public static Lanes512<T> operator *(Lanes512<T> a, T b) => new(a.v * b);
    public static Lanes512<T> operator /(Lanes512<T> a, T b) => new(a.v / b);
    public static Lanes512<T> Sqrt(Lanes512<T> a) => new(Vector512.Sqrt(a.v));
    public static Lanes512<T> Max(Lanes512<T> a, Lanes512<T> b) => new(Vector512.Max(a.v, b.v));
    public static Lanes512<T> Abs(Lanes512<T> a) => new(Vector512.Abs(a.v));
    public static Lanes512<T> Select(Lanes512<T> mask, Lanes512<T> whenSet, Lanes512<T> otherwise) => new(Vector512.ConditionalSelect(mask.v, whenSet.v, otherwise.v));
    public static Lanes512<T> GreaterThan(Lanes512<T> a, Lanes512<T> b) => new(Vector512.GreaterThan(a.v, b.v));
    public static Lanes512<T> LessThan(Lanes512<T> a, Lanes512<T> b) => new(Vector512.LessThan(a.v, b.v));
}

/// <summary>256-bit lanes.</summary>
internal readonly unsafe struct Lanes256<T>(Vector256<T> v) : ILanes<Lanes256<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector256<T> v = v;

    public static int Count => Vector256<T>.Count;
    public static Lanes256<T> Zero => new(Vector256<T>.Zero);
    public static Lanes256<T> One => new(Vector256<T>.One);
    public static Lanes256<T> Load(T* source) => new(Vector256.Load(source));
    public static void Store(Lanes256<T> value, T* destination) => value.v.Store(destination);
    public static Lanes256<T> Broadcast(T value) => new(Vector256.Create(value));
    public static Lanes256<T> operator +(Lanes256<T> a, Lanes256<T> b) => new(a.v + b.v);
    public static Lanes256<T> operator -(Lanes256<T> a, Lanes256<T> b) => new(a.v - b.v);
    public static Lanes256<T> operator *(Lanes256<T> a, Lanes256<T> b) => new(a.v * b.v);
    public static Lanes256<T> operator /(Lanes256<T> a, Lanes256<T> b) => new(a.v / b.v);
    public static Lanes256<T> operator *(Lanes256<T> a, T b) => new(a.v * b);
    public static Lanes256<T> operator /(Lanes256<T> a, T b) => new(a.v / b);
    public static Lanes256<T> Sqrt(Lanes256<T> a) => new(Vector256.Sqrt(a.v));
    public static Lanes256<T> Max(Lanes256<T> a, Lanes256<T> b) => new(Vector256.Max(a.v, b.v));
    public static Lanes256<T> Abs(Lanes256<T> a) => new(Vector256.Abs(a.v));
    public static Lanes256<T> Select(Lanes256<T> mask, Lanes256<T> whenSet, Lanes256<T> otherwise) => new(Vector256.ConditionalSelect(mask.v, whenSet.v, otherwise.v));
    public static Lanes256<T> GreaterThan(Lanes256<T> a, Lanes256<T> b) => new(Vector256.GreaterThan(a.v, b.v));
    public static Lanes256<T> LessThan(Lanes256<T> a, Lanes256<T> b) => new(Vector256.LessThan(a.v, b.v));
}

/// <summary>128-bit lanes.</summary>
internal readonly unsafe struct Lanes128<T>(Vector128<T> v) : ILanes<Lanes128<T>, T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Vector128<T> v = v;

    public static int Count => Vector128<T>.Count;
    public static Lanes128<T> Zero => new(Vector128<T>.Zero);
    public static Lanes128<T> One => new(Vector128<T>.One);
    public static Lanes128<T> Load(T* source) => new(Vector128.Load(source));
    public static void Store(Lanes128<T> value, T* destination) => value.v.Store(destination);
    public static Lanes128<T> Broadcast(T value) => new(Vector128.Create(value));
    public static Lanes128<T> operator +(Lanes128<T> a, Lanes128<T> b) => new(a.v + b.v);
    public static Lanes128<T> operator -(Lanes128<T> a, Lanes128<T> b) => new(a.v - b.v);
    public static Lanes128<T> operator *(Lanes128<T> a, Lanes128<T> b) => new(a.v * b.v);
    public static Lanes128<T> operator /(Lanes128<T> a, Lanes128<T> b) => new(a.v / b.v);
    public static Lanes128<T> operator *(Lanes128<T> a, T b) => new(a.v * b);
    public static Lanes128<T> operator /(Lanes128<T> a, T b) => new(a.v / b);
    public static Lanes128<T> Sqrt(Lanes128<T> a) => new(Vector128.Sqrt(a.v));
    public static Lanes128<T> Max(Lanes128<T> a, Lanes128<T> b) => new(Vector128.Max(a.v, b.v));
    public static Lanes128<T> Abs(Lanes128<T> a) => new(Vector128.Abs(a.v));
    public static Lanes128<T> Select(Lanes128<T> mask, Lanes128<T> whenSet, Lanes128<T> otherwise) => new(Vector128.ConditionalSelect(mask.v, whenSet.v, otherwise.v));
    public static Lanes128<T> GreaterThan(Lanes128<T> a, Lanes128<T> b) => new(Vector128.GreaterThan(a.v, b.v));
    public static Lanes128<T> LessThan(Lanes128<T> a, Lanes128<T> b) => new(Vector128.LessThan(a.v, b.v));
}
