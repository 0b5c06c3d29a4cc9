using System.Globalization;
using Plotly.NET;

namespace Descent.Plots;

/// <summary>
/// Builds Plotly.NET traces and layouts as plotly.js attribute objects (the F# optional arguments of
/// Plotly.NET's chart functions cannot be omitted from C#), and the shared layout of every chart.
/// </summary>
internal static class Style
{
    public static Trace Trace(string type, params (string Key, object? Value)[] properties)
    {
        var trace = type is "surface" or "scatter3d" ? (Trace)new Trace3D(type) : new Trace2D(type);
        foreach (var (key, value) in properties)
            if (value is not null) trace.SetProperty(key, value);
        return trace;
    }

    public static Dictionary<string, object> Object(params (string Key, object? Value)[] properties)
    {
        var result = new Dictionary<string, object>();
        foreach (var (key, value) in properties)
            if (value is not null) result[key] = value;
        return result;
    }

    public static Dictionary<string, object> Axis(string title, bool log = false) =>
        Object(("title", Object(("text", title))), ("type", log ? "log" : "linear"));

    /// <summary>The traces on one plot with title, axis titles, legend (when asked) and the default size.</summary>
    public static GenericChart Figure(IEnumerable<Trace> traces, string title, string xTitle, string yTitle,
        bool logX = false, bool logY = false, bool showLegend = true, params (string Key, object? Value)[] extraLayout)
    {
        var layout = new Layout();
        layout.SetProperty("title", Object(("text", title)));
        layout.SetProperty("xaxis", Axis(xTitle, logX));
        layout.SetProperty("yaxis", Axis(yTitle, logY));
        layout.SetProperty("showlegend", showLegend);
        layout.SetProperty("hovermode", "closest");
        layout.SetProperty("width", Charts.DefaultWidth);
        layout.SetProperty("height", Charts.DefaultHeight);
        foreach (var (key, value) in extraLayout)
            if (value is not null) layout.SetProperty(key, value);
        var traceList = traces.ToList();
        if (showLegend && LegendLayout.Property(layout, "legend") is AboveLegend)
            LegendLayout.Above(layout, traceList, Convert.ToInt32(LegendLayout.Property(layout, "width")) - PlotMarginsWithColorBar);
        return GenericChart.addLayout(layout, GenericChart.ofTraceObjects(true, traceList));
    }

    /// <summary>Left and right margins plus a color bar: what a figure's width loses before the plot area.</summary>
    public const int PlotMarginsWithColorBar = 240;

    /// <summary>
    /// A horizontal legend above the plot area, for charts whose color bar takes the right side. <see cref="Figure"/>
    /// puts it below the title and grows the top margin by the rows it needs (<see cref="LegendLayout.Above"/>).
    /// </summary>
    public static Dictionary<string, object> LegendAbove() => new AboveLegend
    {
        ["orientation"] = "h", ["x"] = 0, ["xanchor"] = "left", ["y"] = 1.02, ["yanchor"] = "bottom",
    };

    private sealed class AboveLegend : Dictionary<string, object>;

    public static string Mode(string? mode) => mode?.Replace(" ", "").ToLowerInvariant() switch
    {
        null or "" or "lines" => "lines",
        "markers" => "markers",
        "lines+markers" or "markers+lines" => "lines+markers",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Mode must be \"lines\", \"markers\" or \"lines+markers\"."),
    };

    /// <summary>Plotly's default qualitative palette, so that a path and its start/end markers share a color.</summary>
    public static readonly string[] Palette =
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

    public static string Color(int index) => Palette[index % Palette.Length];

    /// <summary>A finite value, or null (drawn by plotly as a gap) for NaN and infinities.</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    public static double?[] Finite(IEnumerable<double> values) => values.Select(Finite).ToArray();

    /// <summary>The value to 6 significant digits, which keeps the grids of contour and surface charts small in the page.</summary>
    public static double Round(double value)
    {
        if (!double.IsFinite(value) || value == 0) return value;
        int digits = 6 - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        if (digits < 0 || digits > 15) return double.Parse(value.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return Math.Round(value, digits);
    }

    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Evenly spaced points from min to max inclusive.</summary>
    public static double[] Linspace(double min, double max, int count) =>
        Enumerable.Range(0, count).Select(i => i == count - 1 ? max : min + (max - min) * i / (count - 1)).ToArray();
}

internal static class Names
{
    /// <summary>The names with repeats numbered ("SGD", "SGD (2)") so that every legend entry and hover label is distinct.</summary>
    public static string[] Unique(IEnumerable<string?> names)
    {
        var seen = new Dictionary<string, int>();
        return names.Select(n =>
        {
            var name = string.IsNullOrEmpty(n) ? "run" : n;
            int count = seen.GetValueOrDefault(name) + 1;
            seen[name] = count;
            return count == 1 ? name : $"{name} ({count})";
        }).ToArray();
    }

    public static PathSeries[] Unique(IReadOnlyList<PathSeries> paths)
    {
        var names = Unique(paths.Select(p => p.Name));
        return paths.Select((p, i) => p with { Name = names[i] }).ToArray();
    }

    public static Series[] Unique(Series[] series)
    {
        var names = Unique(series.Select(s => s.Name));
        return series.Select((s, i) => s with { Name = names[i] }).ToArray();
    }
}
