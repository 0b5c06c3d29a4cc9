using Descent.Optimizers;

namespace Descent.Training;

/// <summary>
/// Everything a training run produced: one <see cref="TrainingRecord"/> per step, the full-data loss after each
/// epoch, the final parameters and, when the loss or gradient stopped being finite, where that happened.
/// </summary>
public sealed class TrainingHistory
{
    internal TrainingHistory(
        IReadOnlyList<TrainingRecord> steps, IReadOnlyList<double> epochLosses, IReadOnlyList<EpochRecord> epochs,
        double[] initialParameters, double[] finalParameters, OptimizerState<double> finalState, string optimizerName,
        int? divergedAtStep, string report, int? bestEpoch, bool stoppedEarly)
    {
        Steps = steps;
        EpochLosses = epochLosses;
        Epochs = epochs;
        BestEpoch = bestEpoch;
        StoppedEarly = stoppedEarly;
        InitialParameters = initialParameters;
        FinalParameters = finalParameters;
        FinalState = finalState;
        OptimizerName = optimizerName;
        DivergedAtStep = divergedAtStep;
        Report = report;
    }

    /// <summary>One record per optimizer step, in order.</summary>
    public IReadOnlyList<TrainingRecord> Steps { get; }

    /// <summary>Loss over the whole data set after each completed epoch (same reduction as training).</summary>
    public IReadOnlyList<double> EpochLosses { get; }

    /// <summary>Losses and accuracies on the training and validation sets after each completed epoch.</summary>
    public IReadOnlyList<EpochRecord> Epochs { get; }

    /// <summary>The 0-based index (into <see cref="Epochs"/>) of the epoch with the lowest validation loss; null without a validation set.</summary>
    public int? BestEpoch { get; }

    /// <summary>True when <see cref="TrainingOptions.EarlyStopping"/> ended the run before its last epoch.</summary>
    public bool StoppedEarly { get; }

    /// <summary>The batch loss of every step, in order (for a loss curve).</summary>
    public double[] Losses => Steps.Select(s => s.Loss).ToArray();

    /// <summary>The parameters the run started from (a copy).</summary>
    public double[] InitialParameters { get; }

    /// <summary>
    /// The parameters at the end of the run (after the last update that was applied), or those of <see cref="BestEpoch"/>
    /// when <see cref="EarlyStopping.RestoreBest"/> is set and the run did not diverge.
    /// </summary>
    public double[] FinalParameters { get; }

    /// <summary>The optimizer state at the end (step count, moment buffers); it is not rolled back with restored best parameters.</summary>
    public OptimizerState<double> FinalState { get; }

    /// <summary>The optimizer's name, for legends.</summary>
    public string OptimizerName { get; }

    /// <summary>True when the loss or the gradient stopped being finite and training stopped.</summary>
    public bool Diverged => DivergedAtStep is not null;

    /// <summary>
    /// The 0-based step whose loss (or gradient) was the first non-finite one; no update was applied at that step.
    /// Null when training completed.
    /// </summary>
    public int? DivergedAtStep { get; }

    /// <summary>
    /// One sentence: how the run ended, e.g. "Diverged at step 37 (epoch 2, batch 5): loss = NaN with learning rate 0.5"
    /// (after 37 updates, on the 5th batch of the 2nd epoch). Epochs and batches are counted from 1, as a reader counts them.
    /// </summary>
    public string Report { get; }

    /// <summary>Throws <see cref="InvalidOperationException"/> with <see cref="Report"/> when the run diverged; returns this otherwise.</summary>
    public TrainingHistory ThrowIfDiverged() =>
        Diverged ? throw new InvalidOperationException(Report) : this;

    /// <inheritdoc/>
    public override string ToString() => Report;
}
