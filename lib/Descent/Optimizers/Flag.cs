namespace Descent.Optimizers;

/// <summary>
/// A yes/no known when a loop is compiled: a loop generic over a flag type is compiled once per value, and the JIT
/// removes the branch not taken, so the loop tests nothing per element.
/// </summary>
internal interface IFlag
{
    static abstract bool IsSet { get; }
}

internal struct Set : IFlag
{
    public static bool IsSet => true;
}

internal struct Unset : IFlag
{
    public static bool IsSet => false;
}
