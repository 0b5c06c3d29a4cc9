using Descent.Objectives;
using Descent.Optimizers;
using Descent.Schedules;
using Descent.Training;

namespace Descent.Tests.Training;

public class MinimizerTests
{
    [Fact]
    public void Sgd_on_a_quadratic_follows_the_closed_form()
    {
        // f = ½(λ₁x² + λ₂y²): x_t = (1 − ηλ₁)ᵗ x₀, y_t = (1 − ηλ₂)ᵗ y₀
        var f = new Quadratic([1.0, 10.0]);
        const double lr = 0.05;
        var trajectory = Minimizer.Run(f, [1.0, -2.0], new Sgd(learningRate: lr), steps: 60);

        Assert.Equal(60, trajectory.Steps);
        Assert.Equal(61, trajectory.Points.Count);
        Assert.Equal([1.0, -2.0], trajectory.Points[0]);
        for (int t = 0; t <= 60; t++)
        {
            double x = Math.Pow(1 - lr * 1, t), y = -2 * Math.Pow(1 - lr * 10, t);
            Assert.Equal(x, trajectory.Points[t][0], 1e-14 * Math.Max(1e-300, Math.Abs(x)) + 1e-300);
            Assert.Equal(y, trajectory.Points[t][1], 1e-14 * Math.Abs(y) + 1e-300);
            Assert.Equal(0.5 * (x * x + 10 * y * y), trajectory.Values[t], 1e-13 * trajectory.Values[t]);
            Assert.Equal(Math.Sqrt(x * x + 100 * y * y), trajectory.GradientNorms[t], 1e-13 * trajectory.GradientNorms[t]);
        }
        Assert.False(trajectory.Converged);
        Assert.False(trajectory.Diverged);
        Assert.Equal(new Sgd(learningRate: lr).Name, trajectory.Label);
        Assert.Equal(trajectory.Points[^1], trajectory.Final);
        Assert.Equal(trajectory.Points.Select(p => p[1]).ToArray(), trajectory.Coordinate(1));
    }

    [Fact]
    public void A_learning_rate_above_two_over_lambda_diverges_at_the_step_the_closed_form_predicts()
    {
        // η = 0.25, λ = 10: y_t = (−1.5)ᵗ, first |y_t| > 1e12 at t = ⌈12 / log₁₀ 1.5⌉.
        var f = new Quadratic([1.0, 10.0]);
        var trajectory = Minimizer.Run(f, [0.0, 1.0], new Sgd(learningRate: 0.25), steps: 500);

        int expected = (int)Math.Ceiling(12 / Math.Log10(1.5));
        Assert.True(Math.Pow(1.5, expected) > 1e12 && Math.Pow(1.5, expected - 1) <= 1e12);
        Assert.True(trajectory.Diverged);
        Assert.Equal(expected, trajectory.DivergedAtStep);
        Assert.Equal(expected, trajectory.Steps);
        Assert.StartsWith($"SGD diverged at step {expected}:", trajectory.Report.Replace(new Sgd(learningRate: 0.25).Name, "SGD"));
    }

    [Fact]
    public void Stops_when_the_gradient_norm_reaches_the_tolerance()
    {
        var f = new Quadratic([1.0, 2.0]);
        var trajectory = Minimizer.Run(f, [1.0, 1.0], new Sgd(learningRate: 0.1), steps: 10_000, gradientTolerance: 1e-6);

        Assert.True(trajectory.Converged);
        Assert.True(trajectory.Steps < 200);
        Assert.True(trajectory.GradientNorms[^1] <= 1e-6);
        Assert.True(trajectory.GradientNorms[^2] > 1e-6);
        Assert.Contains($"converged in {trajectory.Steps} steps", trajectory.Report);
    }

    [Fact]
    public void A_schedule_drives_the_step_sizes()
    {
        var f = new Quadratic([2.0]);
        var schedule = Schedule.Step(0.1, stepSize: 3, gamma: 0.5);
        var trajectory = Minimizer.Run(f, [1.0], new Sgd(learningRate: 99), steps: 9, schedule: schedule);

        double x = 1;
        for (int t = 0; t < 9; t++)
        {
            x *= 1 - schedule.At(t) * 2;
            Assert.Equal(x, trajectory.Points[t + 1][0], 1e-15);
        }

        var constant = Minimizer.Run(f, [1.0], new Sgd(learningRate: 99), steps: 9, schedule: Schedule.Constant(0.1));
        var plain = Minimizer.Run(f, [1.0], new Sgd(learningRate: 0.1), steps: 9);
        Assert.Equal(plain.Points.Select(p => p[0]), constant.Points.Select(p => p[0]));
    }

    [Fact]
    public void Adam_finds_the_Rosenbrock_minimum_and_runs_are_reproducible()
    {
        var f = new Rosenbrock();
        var run = Minimizer.Run(f, [-1.5, 2.0], new Adam(learningRate: 0.02), steps: 5000);
        Assert.Equal(1, run.Final[0], 2);
        Assert.Equal(1, run.Final[1], 2);
        var again = Minimizer.Run(f, [-1.5, 2.0], new Adam(learningRate: 0.02), steps: 5000);
        Assert.Equal(run.Final, again.Final);
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_name_and_value()
    {
        var f = new Quadratic([1.0, 2.0]);
        var steps = Assert.Throws<ArgumentOutOfRangeException>(() => Minimizer.Run(f, [1.0, 1.0], new Sgd(), steps: -1));
        Assert.Equal("steps", steps.ParamName);
        Assert.Equal(-1, steps.ActualValue);
        var tolerance = Assert.Throws<ArgumentOutOfRangeException>(() => Minimizer.Run(f, [1.0, 1.0], new Sgd(), 10, gradientTolerance: -1));
        Assert.Equal("gradientTolerance", tolerance.ParamName);
        var start = Assert.Throws<ArgumentException>(() => Minimizer.Run(f, [1.0, 1.0, 1.0], new Sgd(), 10));
        Assert.Equal("start", start.ParamName);
        Assert.Contains("3", start.Message);
        Assert.Contains("2", start.Message);
    }
}
