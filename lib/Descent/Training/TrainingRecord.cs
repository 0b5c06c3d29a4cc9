namespace Descent.Training;

/// <summary>
/// One optimizer step of a training run.
/// </summary>
/// <param name="Step">Global step index, 0-based (the index a schedule is asked for).</param>
/// <param name="Epoch">Epoch index, 0-based.</param>
/// <param name="Loss">Loss of this step's batch, at the parameters before the update.</param>
/// <param name="LearningRate">Learning rate used for the update.</param>
/// <param name="GradientNorm">‖∇L‖₂ of this batch's gradient.</param>
/// <param name="Parameters">A copy of the parameters after the update, when <see cref="TrainingOptions.RecordParameters"/> is set.</param>
public sealed record TrainingRecord(int Step, int Epoch, double Loss, double LearningRate, double GradientNorm, double[]? Parameters);
