using Descent.Data;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws the regions where a classifier predicts each class (a light heatmap of the predicted class on a grid)
    /// under the data points colored by their true class. The two features of <paramref name="data"/> are the axes.
    /// The window defaults to the data's range plus 10 % on each side.
    /// </summary>
    /// <param name="predict">The classifier: a point (x, y) → class index 0 … ClassCount − 1.</param>
    /// <param name="data">A classification data set with exactly two features.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xBounds">Horizontal window; default the data range with a 10 % margin.</param>
    /// <param name="yBounds">Vertical window; default the data range with a 10 % margin.</param>
    /// <param name="resolution">Grid points per axis; default 100, at least 10.</param>
    /// <exception cref="ArgumentException">Not a two-feature classification data set, or a prediction outside the classes.</exception>
    public static GenericChart DecisionBoundary(Func<double[], int> predict, Dataset data, string title,
        (double Min, double Max)? xBounds = null, (double Min, double Max)? yBounds = null, int resolution = 100)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Labels is null) throw new ArgumentException($"The data set \"{data.Name}\" has no class labels.", nameof(data));
        if (data.FeatureCount != 2) throw new ArgumentException($"The data set \"{data.Name}\" has {data.FeatureCount} features; a decision boundary is drawn for 2.", nameof(data));
        return DecisionBoundary(predict, title, data.FeatureNames[0], data.FeatureNames[1], data.Features, data.Labels, data.ClassNames, xBounds, yBounds, resolution);
    }

    /// <summary>
    /// Draws the predicted-class regions of a classifier over a grid under labelled 2-D points
    /// (see <see cref="DecisionBoundary(Func{double[], int}, Dataset, string, ValueTuple{double, double}?, ValueTuple{double, double}?, int)"/>).
    /// </summary>
    /// <param name="predict">The classifier: a point (x, y) → class index 0 … classNames.Length − 1.</param>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="points">Points (x, y), at least one.</param>
    /// <param name="labels">True class of each point.</param>
    /// <param name="classNames">Name of each class.</param>
    /// <param name="xBounds">Horizontal window; default the data range with a 10 % margin.</param>
    /// <param name="yBounds">Vertical window; default the data range with a 10 % margin.</param>
    /// <param name="resolution">Grid points per axis; default 100, at least 10.</param>
    public static GenericChart DecisionBoundary(Func<double[], int> predict, string title, string xTitle, string yTitle,
        IReadOnlyList<double[]> points, int[] labels, string[] classNames,
        (double Min, double Max)? xBounds = null, (double Min, double Max)? yBounds = null, int resolution = 100)
    {
        ArgumentNullException.ThrowIfNull(predict);
        var pointTraces = ClassTraces(points, labels, classNames, xTitle, yTitle);
        Guard.AtLeast(resolution, 10, nameof(resolution));
        var xb = xBounds ?? Padded(points.Select(p => p[0]));
        var yb = yBounds ?? Padded(points.Select(p => p[1]));
        Guard.Bounds(xb, nameof(xBounds));
        Guard.Bounds(yb, nameof(yBounds));

        int classes = classNames.Length;
        var xs = Style.Linspace(xb.Min, xb.Max, resolution);
        var ys = Style.Linspace(yb.Min, yb.Max, resolution);
        var z = ys.Select(y => xs.Select(x =>
        {
            int k = predict([x, y]);
            if (k < 0 || k >= classes)
                throw new ArgumentException($"predict returned {k} at ({x}, {y}); classes are 0..{classes - 1}.", nameof(predict));
            return k;
        }).ToArray()).ToArray();

        // A stepped color scale: the interval around k (zmin −0.5, zmax classes − 0.5) gets class k's color.
        var colorscale = new List<object[]>();
        for (int k = 0; k < classes; k++)
        {
            colorscale.Add([(double)k / classes, Style.Color(k)]);
            colorscale.Add([(double)(k + 1) / classes, Style.Color(k)]);
        }
        var regions = Style.Trace("heatmap",
            ("name", "predicted class"), ("x", xs), ("y", ys), ("z", z),
            ("hoverinfo", "skip"), ("colorscale", colorscale), ("zmin", -0.5), ("zmax", classes - 0.5),
            ("opacity", 0.35), ("showscale", false), ("showlegend", false));
        var opts = new ContourOptions { XTitle = xTitle, YTitle = yTitle };
        return Style.Figure([regions, .. pointTraces], title, xTitle, yTitle, showLegend: true, extraLayout: RangeLayout(xb, yb, opts));
    }

    private static (double Min, double Max) Padded(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        if (finite.Length == 0) return (-1, 1);
        double min = finite.Min(), max = finite.Max();
        double margin = max > min ? 0.1 * (max - min) : 1;
        return (min - margin, max + margin);
    }
}
