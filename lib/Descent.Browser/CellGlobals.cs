using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Descent.Browser;

/// <summary>
/// What a notebook host gives every cell, here for the page: <c>display(value)</c> and <c>HTML(markup)</c>, as
/// .NET Interactive provides them. A cell's outputs are collected in order: printed text, HTML, Plotly figures
/// (as their JSON, drawn by the page's plotly.js) and the error that ended the cell.
/// </summary>
public sealed class CellGlobals
{
    private readonly JsonArray _outputs = [];
    private readonly StringBuilder _stream = new();

    /// <summary>Markup to be shown as HTML, returned by <see cref="HTML"/>.</summary>
    public sealed record HtmlMarkup(string Markup)
    {
        /// <inheritdoc />
        public override string ToString() => Markup;
    }

    /// <summary>Shows <paramref name="value"/> below the cell: a chart is drawn, HTML is rendered, anything else is printed.</summary>
    public void display(object? value)
    {
        switch (value)
        {
            case GenericChart chart:
                Add("chart", GenericChart.toFigureJson(chart));
                break;
            case HtmlMarkup html:
                Add("html", html.Markup);
                break;
            default:
                Add("text", Text(value));
                break;
        }
    }

    /// <summary>Marks <paramref name="markup"/> as HTML for <see cref="display"/>.</summary>
    public HtmlMarkup HTML(string markup) => new(markup);

    /// <summary>The writer that <see cref="System.Console.Out"/> is set to while a cell runs: its text becomes a stream output.</summary>
    internal TextWriter Writer { get; }

    internal CellGlobals() => Writer = new StreamWriter(this);

    internal void Add(string kind, string content)
    {
        FlushStream();
        _outputs.Add(new JsonObject { ["kind"] = kind, ["content"] = content });
    }

    /// <summary>The outputs since the last call, as JSON, and clears them.</summary>
    internal string TakeOutputs()
    {
        FlushStream();
        var json = _outputs.ToJsonString();
        _outputs.Clear();
        return json;
    }

    private void FlushStream()
    {
        if (_stream.Length == 0) return;
        var text = _stream.ToString();
        _stream.Clear();
        _outputs.Add(new JsonObject { ["kind"] = "stream", ["content"] = text });
    }

    private static string Text(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        double d => d.ToString(CultureInfo.InvariantCulture),
        float f => f.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[ " + string.Join(", ", items.Cast<object?>().Select(Text)) + " ]",
        _ => value.ToString() ?? "",
    };

    private sealed class StreamWriter(CellGlobals owner) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => owner._stream.Append(value);
        public override void Write(string? value) => owner._stream.Append(value);
    }
}
