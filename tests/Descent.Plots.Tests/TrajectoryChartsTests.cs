using Descent.Data;
using Descent.Models;
using Descent.Objectives;
using Descent.Optimizers;
using Descent.Training;

namespace Descent.Plots.Tests;

public class TrajectoryChartsTests
{
    private static readonly Rosenbrock F = new();

    private static Trajectory Run(double learningRate, int steps = 20) =>
        Minimizer.Run(F, [-1.0, 1.5], new Sgd(learningRate), steps);

    [Fact]
    public void Contour_draws_each_trajectory_by_its_label_with_all_its_points()
    {
        var slow = Run(1e-4).WithLabel("slow");
        var fast = Run(1e-3).WithLabel("fast");
        var json = new ChartJson(Charts.Contour(F, "SGD on Rosenbrock", slow, fast));

        Assert.Equal(["f", "slow", "slow start", "slow end", "fast", "fast start", "fast end", "minima"], json.TraceNames);
        Assert.Equal(fast.Points.Select(p => (double?)p[0]), ChartJson.Numbers(json.Trace("fast").GetProperty("x")));
        Assert.Equal([fast.Final[1]], ChartJson.Numbers(json.Trace("fast end").GetProperty("y")));
        Assert.Contains("fast<br>step 1<br>", ChartJson.Strings(json.Trace("fast").GetProperty("text"))[1]);
    }

    [Fact]
    public void Runs_with_the_same_label_are_numbered()
    {
        var json = new ChartJson(Charts.Contour(F, "same", Run(1e-4), Run(1e-3)));
        var label = Run(1e-4).Label;

        Assert.Equal(["f", label, $"{label} start", $"{label} end", $"{label} (2)", $"{label} (2) start", $"{label} (2) end", "minima"], json.TraceNames);
        Assert.Equal(Run(1e-3).Points.Select(p => (double?)p[0]), ChartJson.Numbers(json.Trace($"{label} (2)").GetProperty("x")));
    }

    [Fact]
    public void Collections_of_trajectories_work_for_contour_surface_and_slider()
    {
        var runs = new List<Trajectory> { Run(1e-4).WithLabel("a"), Run(1e-3).WithLabel("b") };

        Assert.Equal(["f", "a", "a start", "a end", "b", "b start", "b end", "minima"],
            new ChartJson(Charts.Contour(F, "c", new ContourOptions { LogScale = true }, runs)).TraceNames);
        Assert.Equal(["surface", "scatter3d", "scatter3d"], new ChartJson(Charts.Surface(F, "s", runs)).TraceTypes);
        var slider = new ChartJson(Charts.Animated(F, "slider", runs));
        Assert.Equal(3, slider.Layout.GetProperty("sliders")[0].GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void Value_curves_draw_f_of_each_iterate()
    {
        var run = Run(1e-3, steps: 5);
        var json = new ChartJson(Charts.ValueCurves("values", logY: true, run));

        Assert.Equal(run.Values.Select(v => (double?)v), ChartJson.Numbers(json.Trace(run.Label).GetProperty("y")));
        Assert.Equal("log", json.Layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("f(x)", json.YTitle);
    }

    [Fact]
    public void Function1D_draws_several_runs_in_their_colors()
    {
        var f = new DoubleWell();
        var a = Minimizer.Run(f, [2.0], new Sgd(0.01), 10).WithLabel("small");
        var b = Minimizer.Run(f, [2.0], new Sgd(0.05), 10).WithLabel("larger");
        var json = new ChartJson(Charts.Function1D(f, "Double well", a, b));

        Assert.Equal([f.Name, "minima", "small", "small start", "small end", "larger", "larger start", "larger end"], json.TraceNames);
        Assert.Equal(a.Points.Select(p => p[0]), ChartJson.Doubles(json.Trace("small").GetProperty("x")));
        Assert.Equal(20, json.Layout.GetProperty("annotations").GetArrayLength());
    }

    [Fact]
    public void Loss_curves_of_training_histories_use_per_step_and_per_epoch_losses()
    {
        var data = Dataset.Regression("line", [[0.0], [1.0], [2.0], [3.0]], [1, 3, 5, 7], ["x"]);
        var model = new LinearRegression(1);
        var history = Trainer.Train(model, data, new double[model.ParameterCount], new Sgd(0.05),
            new TrainingOptions { Epochs = 3, BatchSize = 2 });

        var steps = new ChartJson(Charts.LossCurves("per step", history));
        Assert.Equal([history.OptimizerName], steps.TraceNames);
        Assert.Equal(history.Losses.Select(v => (double?)v), ChartJson.Numbers(steps.Traces[0].GetProperty("y")));

        var epochs = new ChartJson(Charts.EpochLossCurves("per epoch", ("sgd", history)));
        Assert.Equal([1.0, 2.0, 3.0], ChartJson.Doubles(epochs.Trace("sgd").GetProperty("x")));
        Assert.Equal(history.EpochLosses.Select(v => (double?)v), ChartJson.Numbers(epochs.Trace("sgd").GetProperty("y")));
        Assert.Equal("epoch", epochs.XTitle);
    }
}
