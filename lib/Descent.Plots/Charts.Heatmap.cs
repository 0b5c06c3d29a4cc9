using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws a grid of values as a heatmap, for example the final loss over learning rate × batch size.
    /// <paramref name="z"/>[i, j] is the value at (<paramref name="x"/>[i], <paramref name="y"/>[j]); NaN or infinite
    /// cells (diverged runs) are left blank. Grids of at most 100 cells print their values in the cells.
    /// Hover shows x, y and the value.
    /// </summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="x">Horizontal coordinates (at least one).</param>
    /// <param name="y">Vertical coordinates (at least one).</param>
    /// <param name="z">Values, of size x.Length × y.Length.</param>
    /// <param name="logX">Logarithmic horizontal axis (for learning rates); x must then be positive.</param>
    /// <param name="logY">Logarithmic vertical axis; y must then be positive.</param>
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
        var hover = y.Select((yv, j) => x.Select((xv, i) =>
            $"{xTitle} = {Style.Number(xv)}<br>{yTitle} = {Style.Number(yv)}<br>{zTitle} = {(double.IsFinite(z[i, j]) ? Style.Number(z[i, j]) : "—")}").ToArray()).ToArray();
        var trace = Style.Trace("heatmap",
            ("name", zTitle), ("x", x), ("y", y), ("z", rows), ("text", hover), ("hoverinfo", "text"),
            ("colorscale", "Viridis"), ("showlegend", false),
            ("texttemplate", x.Length * y.Length <= 100 ? "%{z:.3g}" : null),
            ("colorbar", Style.Object(("title", Style.Object(("text", zTitle))))));
        return Style.Figure([trace], title, xTitle, yTitle, logX, logY, showLegend: false);
    }
}
