namespace Descent.Objectives;

/// <summary>
/// Base class for the objectives in this library: checks argument lengths and provides the allocating
/// <see cref="Gradient(double[])"/> directly on the class.
/// </summary>
public abstract class Objective : IObjective
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public abstract int Dimension { get; }

    /// <inheritdoc/>
    public abstract IReadOnlyList<double[]> Minima { get; }

    /// <inheritdoc/>
    public abstract (double Min, double Max)[] PlotBounds { get; }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> x)
    {
        CheckLength(x.Length, nameof(x));
        return Evaluate(x);
    }

    /// <inheritdoc/>
    public void Gradient(ReadOnlySpan<double> x, Span<double> gradient)
    {
        CheckLength(x.Length, nameof(x));
        CheckLength(gradient.Length, nameof(gradient));
        EvaluateGradient(x, gradient);
    }

    /// <inheritdoc/>
    public double[] Gradient(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var gradient = new double[Dimension];
        Gradient(x, gradient);
        return gradient;
    }

    /// <summary>f(x), with x already checked to have length <see cref="Dimension"/>.</summary>
    protected abstract double Evaluate(ReadOnlySpan<double> x);

    /// <summary>∇f(x), with both spans already checked to have length <see cref="Dimension"/>.</summary>
    protected abstract void EvaluateGradient(ReadOnlySpan<double> x, Span<double> gradient);

    /// <inheritdoc/>
    public override string ToString() => Name;

    private void CheckLength(int length, string parameterName)
    {
        if (length != Dimension)
            throw new ArgumentException(
                $"{Name} takes {Dimension} coordinates, but {parameterName} has length {length}.", parameterName);
    }
}
