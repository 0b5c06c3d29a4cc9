using Descent.Objectives;

namespace Descent.Plots.Tests;

public class SurfaceTests
{
    [Fact]
    public void Surface_has_a_surface_trace_scene_titles_and_paths_lifted_onto_f()
    {
        var json = new ChartJson(Charts.Surface(new Himmelblau(), "Himmelblau", new PathSeries("run", [[0.0, 0.0], [3.0, 2.0]])));

        Assert.Equal(["surface", "scatter3d"], json.TraceTypes);
        Assert.Equal("Himmelblau", json.Title);
        var scene = json.Layout.GetProperty("scene");
        Assert.Equal("x₁", scene.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("f", scene.GetProperty("zaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal([170.0, 0.0], ChartJson.Numbers(json.Trace("run").GetProperty("z")));   // f(0,0) = 121 + 49; (3,2) is a minimum
        Assert.Equal(60, json.Trace("f").GetProperty("z").GetArrayLength());
    }

    [Fact]
    public void Surface_rejects_an_empty_window()
    {
        Assert.Equal("yBounds", Assert.Throws<ArgumentOutOfRangeException>(() => Charts.Surface((x, y) => x, (0, 1), (2, 1), "t")).ParamName);
    }
}
