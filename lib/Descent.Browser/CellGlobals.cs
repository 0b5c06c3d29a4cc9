using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Plotly.NET;

namespace Descent.Browser;

/// <summary>
/// What a notebook host gives every cell, here for the page: <c>display(value)</c> and <c>HTML(markup)</c>, as
/// .NET Interactive provides them. A cell's outputs are collected in order: printed text (standard output and error),
/// values as text, HTML, and Plotly figures as their JSON, which the page's plotly.js draws.
/// </summary>
public sealed class CellGlobals
{
    /// <summary>How many items of a sequence are shown, as .NET Interactive shows them.</summary>
    private const int ItemsShown = 20;

    private JsonArray _outputs = [];
    private readonly StringBuilder _stream = new();
    private string _streamName = "stdout";

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

    /// <summary>What <see cref="System.Console.Out"/> is set to: its text becomes a stdout stream output.</summary>
    internal TextWriter Out { get; }

    /// <summary>What <see cref="System.Console.Error"/> is set to: its text becomes a stderr stream output.</summary>
    internal TextWriter Error { get; }

    internal CellGlobals()
    {
        Out = new OutputWriter(this, "stdout");
        Error = new OutputWriter(this, "stderr");
    }

    private void Add(string kind, string content)
    {
        FlushStream();
        _outputs.Add(new JsonObject { ["kind"] = kind, ["content"] = content });
    }

    /// <summary>The outputs since the last call.</summary>
    internal JsonArray TakeOutputs()
    {
        FlushStream();
        var taken = _outputs;
        _outputs = [];
        return taken;
    }

    private void FlushStream()
    {
        if (_stream.Length == 0) return;
        var text = _stream.ToString();
        _stream.Clear();
        _outputs.Add(new JsonObject { ["kind"] = "stream", ["name"] = _streamName, ["content"] = text });
    }

    private void Write(string name, string? text)
    {
        if (name != _streamName) FlushStream();
        _streamName = name;
        _stream.Append(text);
    }

    private static string Text(object? value) => value switch
    {
        null => "<null>",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => Items(items),
        _ => value.ToString() ?? "",
    };

    private static string Items(IEnumerable items)
    {
        var shown = items.Cast<object?>().Take(ItemsShown + 1).Select(Text).ToList();
        return "[ " + string.Join(", ", shown.Take(ItemsShown)) + (shown.Count > ItemsShown ? ", … ]" : " ]");
    }

    private sealed class OutputWriter(CellGlobals owner, string name) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;
        public override void Write(char value) => owner.Write(name, value.ToString());
        public override void Write(string? value) => owner.Write(name, value);
    }
}
