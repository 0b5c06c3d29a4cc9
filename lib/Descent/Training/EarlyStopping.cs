namespace Descent.Training;

/// <summary>
/// When <see cref="Trainer.Train"/> stops on the validation loss (Keras <c>EarlyStopping(monitor="val_loss")</c>):
/// an epoch improves when its validation loss is below best − <see cref="MinDelta"/>, and training stops after
/// <see cref="Patience"/> epochs in a row without improvement. Needs <see cref="TrainingOptions.Validation"/>.
/// </summary>
public sealed record EarlyStopping
{
    private readonly int patience = 3;
    private readonly double minDelta;

    /// <summary>Epochs without improvement before stopping, ≥ 1; default 3.</summary>
    public int Patience
    {
        get => patience;
        init => patience = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Patience), value, "Patience must be at least 1.");
    }

    /// <summary>The least decrease of the validation loss that counts as an improvement, finite and ≥ 0; default 0.</summary>
    public double MinDelta
    {
        get => minDelta;
        init => minDelta = double.IsFinite(value) && value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MinDelta), value, "MinDelta must be a finite number >= 0.");
    }

    /// <summary>
    /// Return the parameters of the epoch with the lowest validation loss instead of the last ones, whether the run
    /// stopped early or ran all its epochs; default true.
    /// </summary>
    public bool RestoreBest { get; init; } = true;
}
