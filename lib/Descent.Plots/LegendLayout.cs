using Microsoft.FSharp.Core;
using Plotly.NET;

namespace Descent.Plots;

/// <summary>
/// Places a horizontal legend outside the plot area and makes room for it. plotly.js wraps a horizontal legend to
/// more rows when its entries do not fit the plot width, but it does not grow the margins for it: above the plot the
/// extra rows run into the title, below it into the axis title. The rows are estimated from the entry names and the
/// margin and figure height grow by that much, so the plot area keeps its size.
/// </summary>
internal static class LegendLayout
{
    /// <summary>Pixels from one row of a horizontal legend to the next (12 px text, as drawn by plotly.js 2.28).</summary>
    public const int RowHeight = 30;

    /// <summary>Plotly's default bottom margin, which holds the horizontal axis title.</summary>
    public const int DefaultBottomMargin = 80;

    /// <summary>Plotly's default top margin, which holds the title.</summary>
    public const int DefaultTopMargin = 100;

    /// <summary>Room for the title, pinned to the top of the figure, above a legend.</summary>
    public const int TitleHeight = 44;

    private const double CharacterWidth = 7;   // 12 px sans-serif, a little wider than average so that rows are not underestimated
    private const double ItemOverhead = 45;    // the line sample (40 px) and the gap to the next entry (5 px)

    /// <summary>The number of rows plotly.js needs for these entries in a horizontal legend of the given width.</summary>
    public static int Rows(IEnumerable<string> names, double availableWidth)
    {
        int rows = 0;
        double used = 0;
        foreach (var name in names)
        {
            double item = ItemOverhead + CharacterWidth * name.Length;
            if (rows == 0 || used + item > availableWidth)
            {
                rows++;
                used = 0;
            }
            used += item;
        }
        return rows;
    }

    /// <summary>The names of the traces that have an entry in the legend (those not marked showlegend: false).</summary>
    public static List<string> Entries(IEnumerable<Trace> traces)
    {
        var names = new List<string>();
        foreach (var trace in traces)
        {
            if (Property(trace, "showlegend") is false) continue;
            if (Property(trace, "name") is string name) names.Add(name);
        }
        return names;
    }

    /// <summary>
    /// Legend in rows above the plot, below the title: the title is pinned to the top of the figure, and the top
    /// margin holds the title and every legend row. Used for charts whose color bar takes the right side.
    /// </summary>
    public static void Above(Layout layout, IEnumerable<Trace> traces, double plotWidth)
    {
        int rows = Math.Max(1, Rows(Entries(traces), plotWidth));
        int height = IntProperty(layout, "height", Charts.DefaultHeight);
        int top = Math.Max(DefaultTopMargin, TitleHeight + rows * RowHeight + 12);
        int grown = height + top - DefaultTopMargin;
        layout.SetProperty("height", grown);
        layout.SetProperty("margin", Margin(layout, ("t", top)));
        if (Property(layout, "title") is Dictionary<string, object> titleObject)
        {
            titleObject["yref"] = "container";
            titleObject["y"] = 1;
            titleObject["yanchor"] = "top";
            titleObject["pad"] = Style.Object(("t", 16));
        }
        layout.SetProperty("legend", Style.Object(
            ("orientation", "h"), ("x", 0), ("xanchor", "left"),
            ("yref", "container"), ("y", 1 - (double)TitleHeight / grown), ("yanchor", "top")));
    }

    /// <summary>Legend in rows at the bottom of the figure, below the horizontal axis title; the bottom margin holds it.</summary>
    public static void Below(Layout layout, IEnumerable<Trace> traces, double plotWidth)
    {
        int rows = Math.Max(1, Rows(Entries(traces), plotWidth));
        int height = IntProperty(layout, "height", Charts.DefaultHeight);
        int extra = rows * RowHeight + 8;
        int grown = height + extra;
        layout.SetProperty("height", grown);
        layout.SetProperty("margin", Margin(layout, ("b", DefaultBottomMargin + extra)));
        layout.SetProperty("legend", Style.Object(
            ("orientation", "h"), ("x", 0), ("xanchor", "left"),
            ("yref", "container"), ("y", 8.0 / grown), ("yanchor", "bottom")));
    }

    public static object? Property(DynamicObj.DynamicObj obj, string name)
    {
        var value = obj.TryGetPropertyValue(name);
        return FSharpOption<object>.get_IsSome(value) ? value.Value : null;
    }

    private static int IntProperty(Layout layout, string name, int fallback) =>
        Property(layout, name) is { } value ? Convert.ToInt32(value) : fallback;

    private static Dictionary<string, object> Margin(Layout layout, (string Side, int Pixels) change)
    {
        var margin = Property(layout, "margin") is Dictionary<string, object> existing
            ? new Dictionary<string, object>(existing)
            : new Dictionary<string, object>();
        margin[change.Side] = change.Pixels;
        return margin;
    }
}
