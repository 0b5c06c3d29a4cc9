using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Lays out 2-D charts side by side in a grid of <paramref name="columns"/> columns (rows as needed), each in its own
    /// axes, under one title. Each panel is 480 × 360 pixels. 3-D charts (<see cref="Surface(Descent.Objectives.IObjective, string, PathSeries[])"/>) are not supported.
    /// </summary>
    /// <param name="title">Title over the whole grid.</param>
    /// <param name="columns">Charts per row, at least 1.</param>
    /// <param name="charts">The charts, at least one, filled row by row.</param>
    /// <exception cref="ArgumentException">No charts, or fewer than one column.</exception>
    public static GenericChart Grid(string title, int columns, params GenericChart[] charts)
    {
        Guard.NotEmpty(charts, nameof(charts));
        Guard.AtLeast(columns, 1, nameof(columns));
        int cols = Math.Min(columns, charts.Length);
        int rows = (charts.Length + cols - 1) / cols;
        var grid = Chart.Grid<IEnumerable<string>, IEnumerable<GenericChart>>(rows, cols,
            null, null, null, null, null, null, null, null, null, null, null, null, null).Invoke(charts);
        var layout = new Layout();
        layout.SetProperty("title", Style.Object(("text", title)));
        layout.SetProperty("width", 480 * cols);
        layout.SetProperty("height", 360 * rows + 60);
        layout.SetProperty("showlegend", true);
        return GenericChart.addLayout(layout, grid);
    }
}
