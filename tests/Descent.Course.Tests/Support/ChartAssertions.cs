using Descent.Course.Engine;

namespace Descent.Course.Tests.Support;

/// <summary>Checks that charts were really drawn, not printed as object trees.</summary>
public static class ChartAssertions
{
    /// <summary>
    /// True when an output's text looks like a chart: Plotly's drawing script or a Plotly.NET GenericChart. Such an
    /// output must call <c>Plotly.newPlot</c>; a chart whose formatter was not registered shows up as a GenericChart
    /// object tree.
    /// </summary>
    public static bool LooksLikeChart(string text) =>
        text.Contains("GenericChart", StringComparison.Ordinal)
        || text.Contains("renderPlotly", StringComparison.Ordinal)
        || text.Contains(CellOutput.ChartMarker, StringComparison.Ordinal);

    /// <summary>Every chart-like output of every cell is a drawn chart.</summary>
    public static void AllChartsDrawn(NotebookRun run)
    {
        foreach (var cell in run.Cells)
        {
            foreach (var output in cell.Outputs.Where(o => o.Data.Values.Any(LooksLikeChart)))
            {
                Assert.True(
                    output.IsChart,
                    $"{run.Name}, cell {cell.CellNumber}: a chart output without {CellOutput.ChartMarker}: {Shorten(string.Join(" | ", output.Data.Values))}");
            }
        }
    }

    /// <summary>A notebook whose code builds charts must draw at least one.</summary>
    public static bool DrawsCharts(IEnumerable<string> codeSources) =>
        codeSources.Any(source => source.Contains("Charts.", StringComparison.Ordinal) || source.Contains("GenericChart", StringComparison.Ordinal));

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
