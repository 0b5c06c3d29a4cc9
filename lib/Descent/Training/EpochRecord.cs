namespace Descent.Training;

/// <summary>
/// The end of one epoch of a training run: losses over the whole training and validation sets (same reduction as
/// training) and accuracies, at the parameters after the epoch's last step.
/// </summary>
/// <param name="Epoch">Epoch index, 0-based.</param>
/// <param name="TrainLoss">Loss over the whole training set.</param>
/// <param name="TrainAccuracy">Accuracy on the training set; null unless the model is an <see cref="Models.IClassifier"/> and the data have labels.</param>
/// <param name="ValidationLoss">Loss over <see cref="TrainingOptions.Validation"/>; null without a validation set.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation set; null without one or when accuracy does not apply.</param>
public sealed record EpochRecord(int Epoch, double TrainLoss, double? TrainAccuracy, double? ValidationLoss, double? ValidationAccuracy);
