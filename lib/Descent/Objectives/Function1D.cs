namespace Descent.Objectives;

/// <summary>
/// A one-variable objective built from two delegates, for exercises:
/// <c>new Function1D("x² − 2x", x =&gt; x * x - 2 * x, x =&gt; 2 * x - 2, minima: [1])</c>.
/// </summary>
public sealed class Function1D : OneDimensionalObjective
{
    private readonly Func<double, double> function;
    private readonly Func<double, double> derivative;
    private readonly double[] minima;

    /// <param name="name">Display name.</param>
    /// <param name="function">f(x).</param>
    /// <param name="derivative">f′(x).</param>
    /// <param name="minima">Known minimizers, global first; default none.</param>
    /// <param name="bounds">Drawing window; default (−3, 3).</param>
    public Function1D(string name, Func<double, double> function, Func<double, double> derivative,
        IReadOnlyList<double>? minima = null, (double Min, double Max)? bounds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(derivative);
        var window = bounds ?? (-3, 3);
        if (!(window.Min < window.Max))
            throw new ArgumentOutOfRangeException(nameof(bounds), window, "bounds.Min must be less than bounds.Max.");
        Name = name;
        this.function = function;
        this.derivative = derivative;
        this.minima = minima?.ToArray() ?? [];
        Bounds = window;
    }

    /// <inheritdoc/>
    public override string Name { get; }
    /// <inheritdoc/>
    public override double Value(double x) => function(x);
    /// <inheritdoc/>
    public override double Derivative(double x) => derivative(x);
    /// <inheritdoc/>
    public override IReadOnlyList<double> MinimaX => minima;
    /// <inheritdoc/>
    public override (double Min, double Max) Bounds { get; }
}
