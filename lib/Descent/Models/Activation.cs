namespace Descent.Models;

/// <summary>The nonlinearity σ applied after each hidden layer of an <see cref="Mlp"/>.</summary>
public enum Activation
{
    /// <summary>σ(z) = tanh z, σ′(z) = 1 − tanh² z.</summary>
    Tanh,

    /// <summary>σ(z) = max(0, z), σ′(z) = 1 if z &gt; 0 else 0.</summary>
    Relu,

    /// <summary>σ(z) = 1 / (1 + e⁻ᶻ), σ′(z) = σ(z)(1 − σ(z)).</summary>
    Sigmoid,
}

/// <summary>σ and σ′ for each <see cref="Activation"/>.</summary>
public static class Activations
{
    /// <summary>σ(z).</summary>
    public static double Apply(Activation activation, double z) => activation switch
    {
        Activation.Tanh => Math.Tanh(z),
        Activation.Relu => Math.Max(0, z),
        Activation.Sigmoid => 1 / (1 + Math.Exp(-z)),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    /// <summary>σ′(z).</summary>
    public static double Derivative(Activation activation, double z) => activation switch
    {
        Activation.Tanh => 1 - Math.Tanh(z) * Math.Tanh(z),
        Activation.Relu => z > 0 ? 1 : 0,
        Activation.Sigmoid => Apply(Activation.Sigmoid, z) * (1 - Apply(Activation.Sigmoid, z)),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };
}
