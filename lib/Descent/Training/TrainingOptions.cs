using Descent.Data;
using Descent.Models;
using Descent.Schedules;

namespace Descent.Training;

/// <summary>
/// How <see cref="Trainer.Train"/> runs: epochs, batch size (1 = instance-wise SGD, the data size = full batch),
/// the order of rows, the loss reduction, an optional learning-rate schedule, gradient clipping, a validation set
/// and early stopping. Values are validated when set.
/// </summary>
public sealed record TrainingOptions
{
    private readonly int epochs = 10;
    private readonly int batchSize = 32;
    private readonly double? maxGradientNorm;

    /// <summary>Passes over the data, ≥ 1; default 10.</summary>
    public int Epochs
    {
        get => epochs;
        init => epochs = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Epochs), value, "Epochs must be at least 1.");
    }

    /// <summary>Rows per batch, ≥ 1; default 32. A batch size at least the data size gives full-batch gradient descent.</summary>
    public int BatchSize
    {
        get => batchSize;
        init => batchSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "BatchSize must be at least 1.");
    }

    /// <summary>Drop the last, smaller batch of each epoch; default false.</summary>
    public bool DropLast { get; init; }

    /// <summary>Mean (default) or sum of the per-example losses in a batch.</summary>
    public Reduction Reduction { get; init; } = Reduction.Mean;

    /// <summary>Order of the rows in each epoch; null (default) = <see cref="SequentialSampler"/> (the file order).</summary>
    public ISampler? Sampler { get; init; }

    /// <summary>Learning rate per step (0-based global step); null (default) = the optimizer's <see cref="Optimizers.Optimizer.LearningRate"/>.</summary>
    public Schedule? Schedule { get; init; }

    /// <summary>Keep a copy of the parameters after every step in <see cref="TrainingRecord.Parameters"/>; default false.</summary>
    public bool RecordParameters { get; init; }

    /// <summary>
    /// Clip each batch's gradient to this L2 norm before the step (<see cref="GradientClipping.ClipByGlobalNorm"/>,
    /// PyTorch <c>clip_grad_norm_</c>); finite and ≥ 0, or null (default) for no clipping.
    /// <see cref="TrainingRecord.GradientNorm"/> is the norm before clipping.
    /// </summary>
    public double? MaxGradientNorm
    {
        get => maxGradientNorm;
        init => maxGradientNorm = value is null || (double.IsFinite(value.Value) && value.Value >= 0) ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxGradientNorm), value, "MaxGradientNorm must be a finite number >= 0 (or null).");
    }

    /// <summary>
    /// Rows held out from training, scored after every epoch into <see cref="EpochRecord.ValidationLoss"/> and
    /// <see cref="EpochRecord.ValidationAccuracy"/>; null (default) = none.
    /// </summary>
    public Dataset? Validation { get; init; }

    /// <summary>Stop when the validation loss stops improving; null (default) = run every epoch. Needs <see cref="Validation"/>.</summary>
    public EarlyStopping? EarlyStopping { get; init; }
}
