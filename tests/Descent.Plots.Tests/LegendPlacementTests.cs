using System.Text.Json;
using Descent.Objectives;

namespace Descent.Plots.Tests;

public class LegendPlacementTests
{
    // Plotly's default margins, the height of a 12 px legend row and the room for a title pinned to the top.
    private const int DefaultTopMargin = 100, DefaultBottomMargin = 80, RowHeight = 30, TitleHeight = 44;

    private static double[] Xs => [0, 1, 2];

    private static Series Line(string name, double offset) => new(name, Xs, Xs.Select(x => x + offset).ToArray());

    private static int Margin(JsonElement layout, string side) => layout.GetProperty("margin").GetProperty(side).GetInt32();

    [Fact]
    public void WithLegendBelow_puts_a_horizontal_legend_at_the_bottom_and_grows_the_figure_by_its_rows()
    {
        var two = new ChartJson(Charts.Lines("t", "x", "y", Line("a", 0), Line("b", 1)).WithLegendBelow());
        var legend = two.Layout.GetProperty("legend");

        Assert.Equal("h", legend.GetProperty("orientation").GetString());
        Assert.Equal("container", legend.GetProperty("yref").GetString());
        Assert.Equal("bottom", legend.GetProperty("yanchor").GetString());
        Assert.InRange(legend.GetProperty("y").GetDouble(), 0, 0.05);
        int oneRow = two.Layout.GetProperty("height").GetInt32() - Charts.DefaultHeight;
        Assert.Equal(oneRow, Margin(two.Layout, "b") - DefaultBottomMargin);
        Assert.InRange(oneRow, RowHeight, 2 * RowHeight - 1);

        var names = Enumerable.Range(1, 6).Select(i => $"a long series name number {i} that needs room").ToArray();
        var six = new ChartJson(Charts.Lines("t", "x", "y", names.Select((n, i) => Line(n, i)).ToArray()).WithLegendBelow());
        int grown = six.Layout.GetProperty("height").GetInt32() - Charts.DefaultHeight;
        Assert.True(grown >= oneRow + 4 * RowHeight, $"six long names need at least 5 rows; the figure grew by {grown} px");
        Assert.Equal(grown, Margin(six.Layout, "b") - DefaultBottomMargin);
    }

    [Fact]
    public void Legend_above_a_contour_chart_sits_between_the_title_and_the_plot_with_room_for_every_row()
    {
        var names = new[] { "SGD", "SGD (momentum 0.9)", "SGD (momentum 0.9, Nesterov)", "Adagrad", "RMSProp", "Adadelta",
            "Adam", "AdamW", "NAdam", "RAdam", "Adamax" };
        var paths = names.Select((n, i) => new PathSeries(n, [[-1.0, 1.0 - 0.1 * i], [0.0, 0.5]])).ToArray();
        var many = new ChartJson(Charts.Animated(new Rosenbrock(), "Ten optimizers", paths));
        var few = new ChartJson(Charts.Contour(new Rosenbrock(), "Two", paths[0], paths[1]));

        foreach (var json in new[] { many, few })
        {
            var legend = json.Layout.GetProperty("legend");
            var title = json.Layout.GetProperty("title");
            int height = json.Layout.GetProperty("height").GetInt32();
            Assert.Equal("h", legend.GetProperty("orientation").GetString());
            Assert.Equal("container", title.GetProperty("yref").GetString());
            Assert.Equal("top", title.GetProperty("yanchor").GetString());
            Assert.Equal("container", legend.GetProperty("yref").GetString());
            Assert.Equal("top", legend.GetProperty("yanchor").GetString());
            double legendTop = (1 - legend.GetProperty("y").GetDouble()) * height;
            Assert.InRange(legendTop, TitleHeight - 0.5, TitleHeight + 0.5);
            Assert.True(Margin(json.Layout, "t") >= legendTop + RowHeight, $"top margin {Margin(json.Layout, "t")} px");
        }

        Assert.Equal(DefaultTopMargin, Margin(few.Layout, "t"));
        Assert.True(Margin(many.Layout, "t") >= TitleHeight + 3 * RowHeight, "eleven optimizer names take at least three rows of 720 px");
        int plotHeight(ChartJson json) => json.Layout.GetProperty("height").GetInt32() - Margin(json.Layout, "t");
        Assert.Equal(Charts.DefaultHeight + 80 - DefaultTopMargin, plotHeight(many));
    }
}
