namespace Descent.Models;

/// <summary>Scores of a model's predictions.</summary>
public static class Metrics
{
    /// <summary>
    /// Accuracy = (number of i with predictions[i] = labels[i]) / n, in [0, 1].
    /// Throws <see cref="ArgumentException"/> when the lengths differ or are zero.
    /// </summary>
    public static double Accuracy(IReadOnlyList<int> predictions, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        ArgumentNullException.ThrowIfNull(labels);
        if (predictions.Count != labels.Count)
            throw new ArgumentException($"{predictions.Count} predictions for {labels.Count} labels.", nameof(predictions));
        if (labels.Count == 0)
            throw new ArgumentException("No labels to score.", nameof(labels));

        int correct = 0;
        for (int i = 0; i < labels.Count; i++)
            if (predictions[i] == labels[i]) correct++;
        return correct / (double)labels.Count;
    }
}
