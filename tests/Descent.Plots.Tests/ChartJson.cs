using System.Text.Json;
using Plotly.NET;

namespace Descent.Plots.Tests;

/// <summary>The plotly.js figure a chart serializes to, for asserting on its content.</summary>
internal sealed class ChartJson
{
    public JsonElement Root { get; }
    public JsonElement Layout { get; }
    public IReadOnlyList<JsonElement> Traces { get; }

    public ChartJson(GenericChart chart)
    {
        Root = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;
        Layout = Root.GetProperty("layout");
        Traces = Root.GetProperty("data").EnumerateArray().ToList();
    }

    public string Title => Layout.GetProperty("title").GetProperty("text").GetString()!;
    public string XTitle => Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString()!;
    public string YTitle => Layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString()!;
    public string[] TraceTypes => Traces.Select(t => t.GetProperty("type").GetString()!).ToArray();
    public string[] TraceNames => Traces.Where(t => t.TryGetProperty("name", out _)).Select(t => t.GetProperty("name").GetString()!).ToArray();

    public JsonElement Trace(string name) => Traces.Single(t => t.TryGetProperty("name", out var n) && n.GetString() == name);

    public static double?[] Numbers(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Null ? (double?)null : e.GetDouble()).ToArray();

    public static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();
}
