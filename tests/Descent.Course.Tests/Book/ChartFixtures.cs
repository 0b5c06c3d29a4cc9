using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

/// <summary>Plotly figures as Plotly.NET 6.0.0 serialises them for notebooks (see Fixtures/README.md).</summary>
internal static class ChartFixtures
{
    public const string Line = "line-chart.json";
    public const string Contour = "contour-chart.json";
    public const string Surface = "surface-chart.json";
    public const string Plain = "plain-chart.json";

    /// <summary>The fixture as a display_data output: the figure JSON beside a stand-in for Plotly.NET's HTML.</summary>
    public static CellOutput Output(string name) => new("display_data", new Dictionary<string, string>
    {
        ["text/html"] = "<div id=\"chart\"></div><script>Plotly.newPlot('chart', data, layout);</script>",
        [Notebook.PlotlyMimeType] = File.ReadAllText(Path.Combine(TestPaths.Fixtures, name)),
        ["text/plain"] = "GenericChart",
    });
}
