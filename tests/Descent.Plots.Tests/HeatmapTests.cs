namespace Descent.Plots.Tests;

public class HeatmapTests
{
    [Fact]
    public void Heatmap_puts_z_of_x_i_y_j_in_row_j_column_i()
    {
        double[] lr = [0.001, 0.01, 0.1];
        double[] batch = [8, 32];
        var z = new double[3, 2];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 2; j++)
                z[i, j] = 10 * i + j;
        z[2, 1] = double.NaN;

        var json = new ChartJson(Charts.Heatmap("Final loss", "learning rate", "batch size", lr, batch, z, logX: true, zTitle: "loss"));

        Assert.Equal(["heatmap"], json.TraceTypes);
        var rows = json.Traces[0].GetProperty("z").EnumerateArray().Select(ChartJson.Numbers).ToArray();
        Assert.Equal([0.0, 10.0, 20.0], rows[0]);
        Assert.Equal([1.0, 11.0, null], rows[1]);
        Assert.Equal([-3.0, -2.0, -1.0], ChartJson.Doubles(json.Traces[0].GetProperty("x")), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Equal(["0.001", "0.01", "0.1"], ChartJson.Strings(json.Layout.GetProperty("xaxis").GetProperty("ticktext")));
        Assert.Equal([8.0, 32.0], ChartJson.Doubles(json.Traces[0].GetProperty("y")));
        Assert.Equal(["1", "11", "diverged"], ChartJson.Strings(json.Traces[0].GetProperty("text")[1]));
        Assert.Equal("learning rate", json.XTitle);
        Assert.Equal("batch size", json.YTitle);
        Assert.Equal("Final loss", json.Title);
        Assert.Equal("loss", json.Traces[0].GetProperty("colorbar").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal(["0.1", "32"], ChartJson.Strings(json.Traces[0].GetProperty("customdata")[1][2]));
        Assert.Equal("learning rate = %{customdata[0]}<br>batch size = %{customdata[1]}<br>loss = %{text}<extra></extra>",
            json.Traces[0].GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Heatmap_rejects_bad_shapes_and_log_of_non_positive()
    {
        Assert.Equal("z", Assert.Throws<ArgumentException>(() => Charts.Heatmap("t", "x", "y", [1, 2], [1], new double[1, 2])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Charts.Heatmap("t", "x", "y", [], [1], new double[0, 1])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => Charts.Heatmap("t", "x", "y", [0, 1], [1], new double[2, 1], logX: true)).ParamName);
    }
}
