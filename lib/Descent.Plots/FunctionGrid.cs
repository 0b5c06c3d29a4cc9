namespace Descent.Plots;

/// <summary>f sampled on a regular grid; <see cref="Z"/>[row][column] is f(X[column], Y[row]) as plotly expects.</summary>
internal sealed class FunctionGrid
{
    public double[] X { get; }
    public double[] Y { get; }
    public double[][] Z { get; }

    public FunctionGrid(Func<double, double, double> f, (double Min, double Max) xBounds, (double Min, double Max) yBounds, int resolution)
    {
        X = Style.Linspace(xBounds.Min, xBounds.Max, resolution);
        Y = Style.Linspace(yBounds.Min, yBounds.Max, resolution);
        Z = Y.Select(y => X.Select(x => f(x, y)).ToArray()).ToArray();
    }

    /// <summary>The values to color by: f, or log10(1 + f − min f) for <see cref="ContourOptions.LogScale"/>; non-finite values become gaps.</summary>
    public double?[][] Levels(bool logScale)
    {
        if (!logScale) return Z.Select(r => r.Select(v => Style.Finite(Style.Round(v))).ToArray()).ToArray();
        var finite = Z.SelectMany(r => r).Where(double.IsFinite).ToArray();
        double min = finite.Length > 0 ? finite.Min() : 0;
        return Z.Select(r => r.Select(v => Style.Finite(Style.Round(Math.Log10(1 + v - min)))).ToArray()).ToArray();
    }

    /// <summary>Hover for a grid trace: the point and the drawn value (f, or its log level).</summary>
    public static string HoverTemplate(string xTitle, string yTitle, bool logScale) =>
        $"{xTitle} = %{{x:.4g}}<br>{yTitle} = %{{y:.4g}}<br>{(logScale ? "log₁₀(1 + f − min f)" : "f")} = %{{z:.4g}}<extra></extra>";

    public static Func<double, double, double> Of(Descent.Objectives.IObjective f)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (f.Dimension != 2)
            throw new ArgumentException($"The objective \"{f.Name}\" has dimension {f.Dimension}; this chart draws functions of two variables.", nameof(f));
        return (x, y) => f.Value([x, y]);
    }

    public static ((double Min, double Max) X, (double Min, double Max) Y) BoundsOf(Descent.Objectives.IObjective f)
    {
        var bounds = f.PlotBounds;
        if (bounds is null || bounds.Length < 2)
            throw new ArgumentException($"The objective \"{f.Name}\" has no 2-D PlotBounds.", nameof(f));
        return (bounds[0], bounds[1]);
    }
}
