using System.Globalization;
using Descent.Data;
using Descent.Models;
using Descent.Optimizers;

namespace Descent.Training;

/// <summary>
/// The training loop: for each epoch, for each batch, compute the loss and its gradient, then let the optimizer
/// take one step. Full-batch GD, mini-batch SGD and instance-wise SGD are this same loop with batch size n, k and 1.
/// </summary>
public static class Trainer
{
    /// <summary>
    /// Trains <paramref name="model"/> on <paramref name="data"/> starting from <paramref name="parameters"/>
    /// (which is not modified: the run works on a copy, returned as <see cref="TrainingHistory.FinalParameters"/>).
    /// The optimizer gets a fresh state. With a schedule, step t uses learning rate <c>Schedule.At(t)</c>; with
    /// <see cref="TrainingOptions.MaxGradientNorm"/> each gradient is clipped to that norm before the step.
    /// After every epoch the loss (and, for an <see cref="IClassifier"/> on labelled data, the accuracy) over the whole
    /// training set and over <see cref="TrainingOptions.Validation"/> is recorded in <see cref="TrainingHistory.Epochs"/>;
    /// with <see cref="TrainingOptions.EarlyStopping"/> the run stops once the validation loss has not improved for
    /// its patience, and returns the best epoch's parameters if asked to.
    /// Stops without throwing when the loss or the gradient is no longer finite (see <see cref="TrainingHistory.Diverged"/>).
    /// </summary>
    public static TrainingHistory Train(IModel model, Dataset data, double[] parameters, Optimizer optimizer, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= new TrainingOptions();
        if (parameters.Length != model.ParameterCount)
            throw new ArgumentException(
                $"parameters has length {parameters.Length} but the model has {model.ParameterCount} parameters.", nameof(parameters));

        var validation = options.Validation;
        var stopping = options.EarlyStopping;
        if (stopping is not null && validation is null)
            throw new ArgumentException("options.EarlyStopping needs options.Validation, the data set it watches.", nameof(options));
        var classifier = model as IClassifier;

        var sampler = options.Sampler ?? new SequentialSampler(data.Count);
        var batches = new BatchSampler(sampler, options.BatchSize, options.DropLast);
        if (batches.BatchesPerEpoch == 0)
            throw new ArgumentOutOfRangeException(nameof(options), options.BatchSize,
                $"BatchSize {options.BatchSize} with DropLast leaves no batch from {sampler.Count} rows.");
        var theta = (double[])parameters.Clone();
        var gradient = new double[model.ParameterCount];
        var state = optimizer.CreateState<double>(model.ParameterCount);
        var records = new List<TrainingRecord>();
        var epochLosses = new List<double>();
        var epochs = new List<EpochRecord>();
        int step = 0;
        int? bestEpoch = null;
        double bestLoss = double.PositiveInfinity;
        double[]? bestParameters = null;
        int sinceBest = 0;

        for (int epoch = 0; epoch < options.Epochs; epoch++)
        {
            int batchIndex = 0;
            foreach (int[] batch in batches.Batches(epoch))
            {
                double learningRate = options.Schedule?.At(step) ?? optimizer.LearningRate;
                double loss = model.LossAndGradient(theta, data, batch, gradient, options.Reduction);
                double gradientNorm = L2Norm(gradient);

                if (!double.IsFinite(loss) || !double.IsFinite(gradientNorm))
                {
                    string what = double.IsFinite(loss) ? $"gradient norm = {Show(gradientNorm)}" : $"loss = {Show(loss)}";
                    return Finish(step, $"Diverged at step {step} (epoch {epoch + 1}, batch {batchIndex + 1}): {what} with learning rate {Show(learningRate)}");
                }

                if (options.MaxGradientNorm is double maxNorm)
                    GradientClipping.ClipByGlobalNorm<double>(gradient, maxNorm);
                optimizer.Step(theta, gradient, state, learningRate);
                records.Add(new TrainingRecord(step, epoch, loss, learningRate, gradientNorm,
                    options.RecordParameters ? (double[])theta.Clone() : null));
                step++;
                batchIndex++;
            }

            double epochLoss = model.Loss(theta, data, options.Reduction);
            if (!double.IsFinite(epochLoss))
                return Finish(step, $"Diverged at step {step} (after epoch {epoch + 1}): full-data loss = {Show(epochLoss)} with learning rate {Show(records[^1].LearningRate)}");
            epochLosses.Add(epochLoss);

            double? validationLoss = validation is null ? null : model.Loss(theta, validation, options.Reduction);
            epochs.Add(new EpochRecord(epoch, epochLoss, AccuracyOf(classifier, theta, data),
                validationLoss, validation is null ? null : AccuracyOf(classifier, theta, validation)));
            if (validationLoss is not double current) continue;
            if (!double.IsFinite(current))
                return Finish(step, $"Diverged at step {step} (after epoch {epoch + 1}): validation loss = {Show(current)} with learning rate {Show(records[^1].LearningRate)}");

            if (bestEpoch is null || current < bestLoss - (stopping?.MinDelta ?? 0))
            {
                (bestEpoch, bestLoss, sinceBest) = (epoch, current, 0);
                if (stopping?.RestoreBest == true) bestParameters = (double[])theta.Clone();
            }
            else if (++sinceBest >= stopping?.Patience)
            {
                return Finish(null,
                    $"Stopped early after epoch {epoch + 1} ({step} steps) with {optimizer.Name}: the validation loss has not improved for " +
                    $"{sinceBest} epochs since epoch {bestEpoch + 1} ({Show(bestLoss)})" + Restored(), stoppedEarly: true);
            }
        }

        return Finish(null,
            $"Trained {options.Epochs} epochs ({step} steps, batch size {options.BatchSize}) with {optimizer.Name}: final loss {Show(epochLosses[^1])}" +
            (bestEpoch is int best ? $", best validation loss {Show(bestLoss)} at epoch {best + 1}" : "") + Restored());

        string Restored() => bestParameters is null ? "" : $"; returning the parameters of epoch {bestEpoch + 1}";

        TrainingHistory Finish(int? divergedAtStep, string report, bool stoppedEarly = false) =>
            new(records, epochLosses, epochs, (double[])parameters.Clone(), divergedAtStep is null && bestParameters is not null ? bestParameters : theta,
                state, optimizer.Name, divergedAtStep, report, bestEpoch, stoppedEarly);
    }

    private static double? AccuracyOf(IClassifier? classifier, double[] parameters, Dataset data) =>
        classifier is not null && data.IsClassification ? classifier.Accuracy(parameters, data) : null;

    /// <summary>‖v‖₂ = √(Σ vᵢ²).</summary>
    public static double L2Norm(ReadOnlySpan<double> vector)
    {
        double sum = 0;
        foreach (double v in vector) sum += v * v;
        return Math.Sqrt(sum);
    }

    internal static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
