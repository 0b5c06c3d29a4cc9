using Plotly.NET;

namespace Descent.Plots;

/// <summary>Axis options for a chart that is already built, chainable: <c>Charts.Lines(...).WithLogX()</c>.</summary>
public static class ChartAxes
{
    /// <summary>
    /// Makes the horizontal axis logarithmic (plotly axis type "log"; values ≤ 0 are not drawn), for quantities
    /// varied by factors such as learning rates or batch sizes. Changes the chart's layout and returns the chart.
    /// </summary>
    /// <param name="chart">The chart to change.</param>
    public static GenericChart WithLogX(this GenericChart chart) => WithLogAxis(chart, "xaxis");

    /// <summary>
    /// Makes the vertical axis logarithmic (plotly axis type "log"; values ≤ 0 are not drawn). Changes the chart's
    /// layout and returns the chart.
    /// </summary>
    /// <param name="chart">The chart to change.</param>
    public static GenericChart WithLogY(this GenericChart chart) => WithLogAxis(chart, "yaxis");

    private static GenericChart WithLogAxis(GenericChart chart, string axis)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var layout = GenericChart.getLayout(chart);
        switch (LegendLayout.Property(layout, axis))
        {
            case Dictionary<string, object> attributes:
                attributes["type"] = "log";
                break;
            case DynamicObj.DynamicObj plotlyAxis:
                plotlyAxis.SetProperty("type", "log");
                break;
            default:
                layout.SetProperty(axis, Style.Object(("type", "log")));
                break;
        }
        return chart;
    }
}
