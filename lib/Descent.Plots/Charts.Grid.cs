using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    private const double GridGap = 0.08;

    /// <summary>
    /// Lays out 2-D charts in a grid of <paramref name="columns"/> columns (rows as needed), each in its own axes with
    /// its own axis titles and ranges and its title above it, under one overall title. Each panel is about 480 × 360
    /// pixels; color bars are hidden (they would overlap) and the legends are merged. The given charts are not changed.
    /// </summary>
    /// <param name="title">Title over the whole grid.</param>
    /// <param name="columns">Charts per row, at least 1.</param>
    /// <param name="charts">The 2-D charts, at least one, filled row by row.</param>
    /// <exception cref="ArgumentException">No charts, fewer than one column, or a 3-D chart (from <c>Surface</c>).</exception>
    public static GenericChart Grid(string title, int columns, params GenericChart[] charts)
    {
        Guard.NotEmpty(charts, nameof(charts));
        Guard.AtLeast(columns, 1, nameof(columns));
        int cols = Math.Min(columns, charts.Length);
        int rows = (charts.Length + cols - 1) / cols;
        double width = (1 - GridGap * (cols - 1)) / cols;
        double height = (1 - 1.6 * GridGap * (rows - 1)) / rows;

        var traces = new List<Trace>();
        var layout = new Layout();
        var annotations = new List<object>();
        for (int i = 0; i < charts.Length; i++)
        {
            var chart = charts[i] ?? throw new ArgumentException($"charts[{i}] is null.", nameof(charts));
            int row = i / cols, col = i % cols;
            string suffix = i == 0 ? "" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            double x0 = col * (width + GridGap), y1 = 1 - row * (height + 1.6 * GridGap);
            double[] xDomain = [x0, x0 + width], yDomain = [y1 - height, y1];

            foreach (var source in GenericChart.getTraces(chart))
            {
                var type = source.TryGetPropertyValue("type") is { } t ? t.Value?.ToString() : "scatter";
                if (type is "surface" or "scatter3d")
                    throw new ArgumentException($"charts[{i}] is a 3-D chart; Grid lays out 2-D charts.", nameof(charts));
                var copy = new Trace2D(type ?? "scatter");
                foreach (var property in source.GetProperties(false))
                    copy.SetProperty(property.Key, property.Value);
                copy.SetProperty("xaxis", "x" + suffix);
                copy.SetProperty("yaxis", "y" + suffix);
                if (type is "contour" or "heatmap") copy.SetProperty("showscale", false);
                traces.Add(copy);
            }

            var source_layout = GenericChart.getLayout(chart);
            layout.SetProperty("xaxis" + suffix, AxisFor(source_layout, "xaxis", xDomain, "y" + suffix));
            layout.SetProperty("yaxis" + suffix, AxisFor(source_layout, "yaxis", yDomain, "x" + suffix));
            if (source_layout.TryGetPropertyValue("title") is { } chartTitle && chartTitle.Value is Dictionary<string, object> titleObject
                && titleObject.TryGetValue("text", out var text))
                annotations.Add(Style.Object(
                    ("text", $"<b>{text}</b>"), ("showarrow", false), ("xref", "paper"), ("yref", "paper"),
                    ("x", x0 + width / 2), ("y", y1), ("xanchor", "center"), ("yanchor", "bottom"), ("yshift", 6)));
        }
        layout.SetProperty("title", Style.Object(("text", title)));
        layout.SetProperty("annotations", annotations);
        layout.SetProperty("width", 480 * cols);
        layout.SetProperty("height", 360 * rows + 80);
        layout.SetProperty("showlegend", true);
        layout.SetProperty("hovermode", "closest");
        return GenericChart.addLayout(layout, GenericChart.ofTraceObjects(true, traces));
    }

    private static Dictionary<string, object> AxisFor(Layout layout, string name, double[] domain, string anchor)
    {
        var axis = new Dictionary<string, object>();
        if (layout.TryGetPropertyValue(name) is { } value && value.Value is Dictionary<string, object> original)
            foreach (var (key, v) in original) axis[key] = v;
        axis["domain"] = domain;
        axis["anchor"] = anchor;
        return axis;
    }
}
