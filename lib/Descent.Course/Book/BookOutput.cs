namespace Descent.Course.Book;

/// <summary>One output of a code cell, as the book shows it.</summary>
/// <param name="OutputType">"display_data", "execute_result", "stream" or "error" (the nbformat names).</param>
/// <param name="Data">
/// Mime type to text for display data and results; for a stream, "text/plain" holds the text;
/// for an error, "ename" and "evalue".
/// </param>
/// <param name="StreamName">"stdout" or "stderr" for a stream; otherwise null.</param>
public sealed record BookOutput(string OutputType, IReadOnlyDictionary<string, string> Data, string? StreamName = null)
{
    /// <summary>True when the output's text/html draws a Plotly chart (it calls <c>Plotly.newPlot</c>).</summary>
    public bool IsChart => Data.TryGetValue("text/html", out var html) && PlotlyChart.IsChart(html);
}
