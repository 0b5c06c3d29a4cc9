using Descent.Data;
using Descent.Models;
using Descent.Schedules;

namespace Descent.Training;

/// <summary>
/// How <see cref="Trainer.Train"/> runs: epochs, batch size (1 = instance-wise SGD, the data size = full batch),
/// the order of rows, the loss reduction and an optional learning-rate schedule. Values are validated when set.
/// </summary>
public sealed record TrainingOptions
{
    private readonly int epochs = 10;
    private readonly int batchSize = 32;

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
}
