using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws a grid of values as a heatmap, for example the final loss over learning rate × batch size.
    /// <paramref name="z"/>[i, j] is the value at (<paramref name="x"/>[i], <paramref name="y"/>[j]); NaN or infinite
    /// cells (diverged runs) are left blank and labelled "diverged". Grids of at most 100 cells print their values in
    /// the cells. Hover shows x, y and the value.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="x">Horizontal coordinates (at least one), increasing.</param>
    /// <param name="y">Vertical coordinates (at least one), increasing.</param>
    /// <param name="z">Values, of size x.Length × y.Length.</param>
    /// <param name="logX">Logarithmic horizontal axis (for learning rates): cells are placed at log₁₀ x and the ticks
    /// show the values of x. x must then be positive.</param>
    /// <param name="logY">Logarithmic vertical axis (for batch sizes that double); y must then be positive.</param>
    /// <param name="zTitle">Color bar title; default "value".</param>
    /// <exception cref="ArgumentException">Empty coordinates, z of the wrong size, or non-positive values on a log axis.</exception>
    public static GenericChart Heatmap(string title, string xTitle, string yTitle, double[] x, double[] y, double[,] z,
        bool logX = false, bool logY = false, string zTitle = "value")
    {
        Guard.NotEmpty(x, nameof(x));
        Guard.NotEmpty(y, nameof(y));
        ArgumentNullException.ThrowIfNull(z);
        if (z.GetLength(0) != x.Length || z.GetLength(1) != y.Length)
            throw new ArgumentException($"z must be x.Length × y.Length = {x.Length} × {y.Length}, got {z.GetLength(0)} × {z.GetLength(1)}.", nameof(z));
        if (logX && x.Any(v => !(v > 0))) throw new ArgumentException("x must be positive on a logarithmic axis.", nameof(x));
        if (logY && y.Any(v => !(v > 0))) throw new ArgumentException("y must be positive on a logarithmic axis.", nameof(y));

        var rows = y.Select((_, j) => x.Select((_, i) => Style.Finite(z[i, j])).ToArray()).ToArray();
        var labels = y.Select((_, j) => x.Select((_, i) => double.IsFinite(z[i, j]) ? z[i, j].ToString("G3", System.Globalization.CultureInfo.InvariantCulture) : "diverged").ToArray()).ToArray();
        var at = y.Select(yv => x.Select(xv => new[] { Style.Number(xv), Style.Number(yv) }).ToArray()).ToArray();
        var trace = Style.Trace("heatmap",
            ("name", zTitle), ("x", logX ? x.Select(Math.Log10).ToArray() : x), ("y", logY ? y.Select(Math.Log10).ToArray() : y),
            ("z", rows), ("text", labels), ("customdata", at),
            ("hovertemplate", $"{xTitle} = %{{customdata[0]}}<br>{yTitle} = %{{customdata[1]}}<br>{zTitle} = %{{text}}<extra></extra>"),
            ("colorscale", "Viridis"), ("showlegend", false),
            ("texttemplate", x.Length * y.Length <= 100 ? "%{text}" : null),
            ("colorbar", Style.Object(("title", Style.Object(("text", zTitle))))));
        return Style.Figure([trace], title, xTitle, yTitle, showLegend: false,
            extraLayout: [("xaxis", HeatmapAxis(xTitle, x, logX)), ("yaxis", HeatmapAxis(yTitle, y, logY))]);
    }

    private static Dictionary<string, object> HeatmapAxis(string title, double[] values, bool log) => log
        ? Style.Object(("title", Style.Object(("text", title))), ("type", "linear"),
            ("tickvals", values.Select(Math.Log10).ToArray()), ("ticktext", values.Select(Style.Number).ToArray()))
        : Style.Axis(title);
}
