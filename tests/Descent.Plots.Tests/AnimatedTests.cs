using Descent.Objectives;

namespace Descent.Plots.Tests;

public class AnimatedTests
{
    private static readonly PathSeries Slow = new("lr 0.01", [[-1.0, 1.0], [-0.9, 1.0]]);
    private static readonly PathSeries Fast = new("lr 0.1", [[-1.0, 1.0], [0.0, 0.5], [1.0, 1.0]]);

    [Fact]
    public void Slider_has_one_step_per_run_plus_all_and_toggles_visibility()
    {
        var json = new ChartJson(Charts.Animated(new Rosenbrock(), "Learning rates", Slow, Fast));

        Assert.Equal(["f", "lr 0.01", "lr 0.01 start", "lr 0.01 end", "lr 0.1", "lr 0.1 start", "lr 0.1 end", "minima"], json.TraceNames);
        Assert.Equal("contour", json.TraceTypes[0]);
        var steps = json.Layout.GetProperty("sliders")[0].GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(3, steps.Count);
        Assert.Equal(["lr 0.01", "lr 0.1", "all"], steps.Select(s => s.GetProperty("label").GetString()));
        Assert.All(steps, s => Assert.Equal("update", s.GetProperty("method").GetString()));
        bool[] Visible(int step) => steps[step].GetProperty("args")[0].GetProperty("visible").EnumerateArray().Select(e => e.GetBoolean()).ToArray();
        Assert.Equal([true, false, false, false, true, true, true, true], Visible(1));
        Assert.Equal([true, true, true, true, false, false, false, true], Visible(0));
        Assert.All(Visible(2), Assert.True);
        Assert.Equal("Learning rates — lr 0.1", steps[1].GetProperty("args")[1].GetProperty("title.text").GetString());
        Assert.Equal("Learning rates — lr 0.01", json.Title);
        Assert.False(json.Trace("lr 0.1").GetProperty("visible").GetBoolean());
        Assert.Equal([-1.0, 0.0, 1.0], ChartJson.Numbers(json.Trace("lr 0.1").GetProperty("x")));
    }

    [Fact]
    public void One_run_has_a_single_step()
    {
        var json = new ChartJson(Charts.Animated(new Rosenbrock(), "One", Fast));

        Assert.Equal(1, json.Layout.GetProperty("sliders")[0].GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void No_runs_is_rejected()
    {
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Charts.Animated(new Rosenbrock(), "none")).ParamName);
    }
}
