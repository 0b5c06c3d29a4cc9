using Descent.Objectives;
using Descent.Optimizers;
using Descent.Schedules;

namespace Descent.Training;

/// <summary>
/// Runs an optimizer on an objective from a start point and returns the whole <see cref="Trajectory"/>
/// (d2l's <c>train_2d</c>): xₜ₊₁ = optimizer step from xₜ with gradient ∇f(xₜ).
/// </summary>
public static class Minimizer
{
    /// <summary>A point with some |xᵢ| above this counts as diverged.</summary>
    public const double DivergenceBound = 1e12;

    /// <summary>
    /// Takes up to <paramref name="steps"/> steps from <paramref name="start"/> (not modified) with a fresh optimizer state.
    /// Step t uses <c>schedule.At(t)</c> when a schedule is given, else the optimizer's learning rate.
    /// Stops early when ‖∇f‖₂ ≤ <paramref name="gradientTolerance"/> (converged; default 0 = only an exactly zero gradient)
    /// or when f is non-finite or some |xᵢ| &gt; 1e12 (diverged).
    /// </summary>
    public static Trajectory Run(IObjective f, double[] start, Optimizer optimizer, int steps, Schedule? schedule = null, double gradientTolerance = 0)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(optimizer);
        if (start.Length != f.Dimension)
            throw new ArgumentException($"start has length {start.Length} but {f.Name} has dimension {f.Dimension}.", nameof(start));
        foreach (double coordinate in start)
            if (!double.IsFinite(coordinate))
                throw new ArgumentOutOfRangeException(nameof(start), coordinate, "Every start coordinate must be finite.");
        if (steps < 0)
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be at least 0.");
        if (!(gradientTolerance >= 0) || !double.IsFinite(gradientTolerance))
            throw new ArgumentOutOfRangeException(nameof(gradientTolerance), gradientTolerance, "gradientTolerance must be finite and non-negative.");

        var x = (double[])start.Clone();
        var gradient = new double[f.Dimension];
        var state = optimizer.CreateState<double>(f.Dimension);
        var points = new List<double[]>();
        var values = new List<double>();
        var norms = new List<double>();

        double value = f.Value(x);
        f.Gradient(x, gradient);
        Record();

        bool converged = false;
        int? divergedAt = null;
        double learningRate = optimizer.LearningRate;
        for (int t = 0; t < steps; t++)
        {
            if (norms[^1] <= gradientTolerance) { converged = true; break; }

            learningRate = schedule?.At(t) ?? optimizer.LearningRate;
            optimizer.Step(x, gradient, state, learningRate);
            value = f.Value(x);
            f.Gradient(x, gradient);
            Record();

            if (IsDiverged(x, value)) { divergedAt = t + 1; break; }
        }
        if (divergedAt is null && !converged && norms[^1] <= gradientTolerance)
            converged = true;

        string name = optimizer.Name;
        int taken = points.Count - 1;
        string report = divergedAt is int d
            ? $"{name} diverged at step {d}: f = {Trajectory.Show(value)}, max |x| = {Trajectory.Show(x.Max(Math.Abs))} with learning rate {Trajectory.Show(learningRate)}"
            : converged
                ? $"{name} converged in {taken} steps: f = {Trajectory.Show(value)}, |∇f| = {Trajectory.Show(norms[^1])}"
                : $"{name} after {taken} steps: f = {Trajectory.Show(value)}, |∇f| = {Trajectory.Show(norms[^1])}";
        return new Trajectory(points, values, norms, converged, divergedAt, report, name);

        void Record()
        {
            points.Add((double[])x.Clone());
            values.Add(value);
            norms.Add(Trainer.L2Norm(gradient));
        }
    }

    private static bool IsDiverged(double[] x, double value) =>
        !double.IsFinite(value) || x.Any(v => !double.IsFinite(v) || Math.Abs(v) > DivergenceBound);
}
