namespace Descent.Course.Engine;

/// <summary>One nbformat output of a code cell.</summary>
/// <param name="OutputType">"display_data", "execute_result", "stream" or "error".</param>
/// <param name="Data">
/// Mime type to text for display data and results (for example "text/html", "text/plain");
/// for a stream, "text/plain" holds the text; for an error, "ename" and "evalue".
/// </param>
/// <param name="StreamName">"stdout" or "stderr" for a stream output; otherwise null.</param>
public sealed record CellOutput(string OutputType, IReadOnlyDictionary<string, string> Data, string? StreamName = null)
{
    /// <summary>The marker that a chart was really drawn: Plotly's HTML calls <c>Plotly.newPlot</c>.</summary>
    public const string ChartMarker = "Plotly.newPlot";

    /// <summary>True when this output's text/html draws a Plotly chart.</summary>
    public bool IsChart =>
        Data.TryGetValue("text/html", out var html) && html.Contains(ChartMarker, StringComparison.Ordinal);
}
