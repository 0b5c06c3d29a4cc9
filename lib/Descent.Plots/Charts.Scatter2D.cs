using Descent.Data;
using Plotly.NET;

namespace Descent.Plots;

public static partial class Charts
{
    /// <summary>
    /// Draws a data set as points. Classification: one colored trace per class (legend = class names), with two chosen
    /// features on the axes. Regression with one feature: the feature against the target. Regression with more:
    /// two features, colored by the target. Hover shows the row number, the coordinates and the class or target.
    /// </summary>
    /// <param name="data">The data set.</param>
    /// <param name="title">Chart title; default the data set's name.</param>
    /// <param name="xFeature">Index of the feature on the horizontal axis; default 0.</param>
    /// <param name="yFeature">Index of the feature on the vertical axis; default 1 (ignored for one-feature regression).</param>
    /// <exception cref="ArgumentOutOfRangeException">A feature index outside the data set.</exception>
    public static GenericChart Scatter2D(Dataset data, string? title = null, int xFeature = 0, int yFeature = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        title ??= data.Name;
        if (xFeature < 0 || xFeature >= data.FeatureCount)
            throw new ArgumentOutOfRangeException(nameof(xFeature), xFeature, $"The data set has {data.FeatureCount} features.");
        if (data.Labels is null && data.FeatureCount == 1)
        {
            var x = data.Features.Select(r => r[xFeature]).ToArray();
            var series = new Series(data.Name, x, data.Targets!, "markers");
            return Lines(title, data.FeatureNames[xFeature], "target", series);
        }
        if (yFeature < 0 || yFeature >= data.FeatureCount)
            throw new ArgumentOutOfRangeException(nameof(yFeature), yFeature, $"The data set has {data.FeatureCount} features.");
        var points = data.Features.Select(r => new[] { r[xFeature], r[yFeature] }).ToArray();
        string xTitle = data.FeatureNames[xFeature], yTitle = data.FeatureNames[yFeature];
        return data.Labels is not null
            ? Scatter2D(title, xTitle, yTitle, points, data.Labels, data.ClassNames)
            : Scatter2D(title, xTitle, yTitle, points, data.Targets!, "target");
    }

    /// <summary>Draws labelled 2-D points, one colored trace per class (classes without points are left out).</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="points">Points (x, y), at least one.</param>
    /// <param name="labels">Class of each point, 0 … classNames.Length − 1.</param>
    /// <param name="classNames">Name of each class.</param>
    /// <exception cref="ArgumentException">No points, lengths that differ, or a label outside the classes.</exception>
    public static GenericChart Scatter2D(string title, string xTitle, string yTitle, IReadOnlyList<double[]> points, int[] labels, string[] classNames) =>
        Style.Figure(ClassTraces(points, labels, classNames, xTitle, yTitle), title, xTitle, yTitle, showLegend: true);

    /// <summary>Draws 2-D points colored by a continuous value (with a color bar).</summary>
    /// <param name="title">Chart title.</param>
    /// <param name="xTitle">Horizontal axis title.</param>
    /// <param name="yTitle">Vertical axis title.</param>
    /// <param name="points">Points (x, y), at least one.</param>
    /// <param name="values">Value of each point, drawn as its color.</param>
    /// <param name="valueTitle">Color bar title.</param>
    /// <exception cref="ArgumentException">No points or lengths that differ.</exception>
    public static GenericChart Scatter2D(string title, string xTitle, string yTitle, IReadOnlyList<double[]> points, double[] values, string valueTitle)
    {
        CheckPoints(points, values?.Length ?? -1, nameof(values));
        var trace = Style.Trace("scatter",
            ("name", valueTitle), ("mode", "markers"),
            ("x", points.Select(p => p[0]).ToArray()), ("y", points.Select(p => p[1]).ToArray()),
            ("text", points.Select((p, i) => $"row {i}<br>{xTitle} = {Style.Number(p[0])}<br>{yTitle} = {Style.Number(p[1])}<br>{valueTitle} = {Style.Number(values![i])}").ToArray()),
            ("hoverinfo", "text"),
            ("marker", Style.Object(("color", Style.Finite(values!)), ("colorscale", "Viridis"), ("size", 7), ("showscale", true),
                ("colorbar", Style.Object(("title", Style.Object(("text", valueTitle)))))) ));
        return Style.Figure([trace], title, xTitle, yTitle, showLegend: false);
    }

    internal static List<Trace> ClassTraces(IReadOnlyList<double[]> points, int[] labels, string[] classNames, string xTitle, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(classNames);
        CheckPoints(points, labels?.Length ?? -1, nameof(labels));
        for (int i = 0; i < labels!.Length; i++)
            if (labels[i] < 0 || labels[i] >= classNames.Length)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"labels[{i}] is not a class index 0..{classNames.Length - 1}.");
        var traces = new List<Trace>();
        for (int k = 0; k < classNames.Length; k++)
        {
            var rows = Enumerable.Range(0, labels.Length).Where(i => labels[i] == k).ToArray();
            if (rows.Length == 0) continue;
            traces.Add(Style.Trace("scatter",
                ("name", classNames[k]), ("mode", "markers"), ("legendgroup", classNames[k]),
                ("x", rows.Select(i => points[i][0]).ToArray()), ("y", rows.Select(i => points[i][1]).ToArray()),
                ("text", rows.Select(i => $"{classNames[k]} (row {i})<br>{xTitle} = {Style.Number(points[i][0])}<br>{yTitle} = {Style.Number(points[i][1])}").ToArray()),
                ("hoverinfo", "text"),
                ("marker", Style.Object(("color", Style.Color(k)), ("size", 7), ("line", Style.Object(("color", "white"), ("width", 0.5)))))));
        }
        return traces;
    }

    private static void CheckPoints(IReadOnlyList<double[]> points, int otherLength, string otherName)
    {
        Guard.NotEmpty(points, nameof(points));
        if (otherLength < 0) throw new ArgumentNullException(otherName);
        if (otherLength != points.Count)
            throw new ArgumentException($"{otherName} has {otherLength} entries but there are {points.Count} points.", otherName);
        for (int i = 0; i < points.Count; i++)
            if (points[i] is not { Length: >= 2 })
                throw new ArgumentException($"points[{i}] needs two coordinates.", nameof(points));
    }
}
