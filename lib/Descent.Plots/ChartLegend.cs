using Plotly.NET;

namespace Descent.Plots;

/// <summary>Legend placement for a chart that is already built, chainable: <c>Charts.Lines(...).WithLegendBelow()</c>.</summary>
public static class ChartLegend
{
    /// <summary>
    /// Puts the legend in horizontal rows below the plot, under the horizontal axis title, for series with long names
    /// that would squeeze the plot from the right. The figure grows by the rows the legend needs (estimated from the
    /// names and the width), so the plot area keeps its size. Changes the chart's layout and returns the chart.
    /// </summary>
    /// <param name="chart">The chart to change.</param>
    public static GenericChart WithLegendBelow(this GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var layout = GenericChart.getLayout(chart);
        int width = LegendLayout.Property(layout, "width") is { } w ? Convert.ToInt32(w) : Charts.DefaultWidth;
        LegendLayout.Below(layout, GenericChart.getTraces(chart), width - PlotMargins);
        return chart;
    }

    /// <summary>Plotly's default left and right margins: what a figure's width loses before the plot area.</summary>
    private const int PlotMargins = 160;
}
