namespace Descent.Models;

/// <summary>How the weights of a layer with fan-in n_in and fan-out n_out are drawn (biases always start at 0).</summary>
public enum Initializer
{
    /// <summary>All weights 0. For an MLP every hidden unit then stays identical: symmetry is never broken.</summary>
    Zeros,

    /// <summary>w ~ N(0, σ²) with a fixed σ (default 0.01).</summary>
    Normal,

    /// <summary>Glorot &amp; Bengio (2010): w ~ U(−a, a), a = √(6 / (n_in + n_out)), so Var w = 2 / (n_in + n_out).</summary>
    XavierUniform,

    /// <summary>Glorot &amp; Bengio (2010): w ~ N(0, 2 / (n_in + n_out)).</summary>
    XavierNormal,

    /// <summary>He et al. (2015), for ReLU: w ~ N(0, 2 / n_in).</summary>
    HeNormal,
}
