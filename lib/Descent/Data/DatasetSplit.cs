namespace Descent.Data;

/// <summary>
/// A data set cut into three disjoint parts: <see cref="Train"/> to fit the parameters, <see cref="Validation"/> to
/// choose hyperparameters and when to stop, <see cref="Test"/> to report once, at the end.
/// </summary>
public sealed record DatasetSplit(Dataset Train, Dataset Validation, Dataset Test)
{
    /// <summary>
    /// Shuffles the rows with <see cref="Shuffle.Permutation"/>(n, <c>new Random(seed)</c>), then takes the first
    /// <paramref name="trainCount"/> rows of the permutation for training, the next <paramref name="validationCount"/>
    /// for validation and the rest for testing. Shuffling first matters for files sorted by class (MNIST's, the animals'):
    /// cutting them in file order would leave classes out of a part.
    /// </summary>
    /// <param name="data">The rows to split.</param>
    /// <param name="trainCount">Training rows, ≥ 1.</param>
    /// <param name="validationCount">Validation rows, ≥ 1; at least one row must remain for the test part.</param>
    /// <param name="seed">Seed of the permutation: same seed, same split.</param>
    public static DatasetSplit Shuffled(Dataset data, int trainCount, int validationCount, int seed)
    {
        ArgumentNullException.ThrowIfNull(data);
        DataArguments.AtLeast(trainCount, 1, nameof(trainCount));
        DataArguments.AtLeast(validationCount, 1, nameof(validationCount));
        if ((long)trainCount + validationCount >= data.Count)
            throw new ArgumentOutOfRangeException(nameof(validationCount), validationCount,
                $"trainCount ({trainCount}) + validationCount ({validationCount}) must leave at least one of the {data.Count} rows for the test part.");
        int[] order = Shuffle.Permutation(data.Count, new Random(seed));
        return new DatasetSplit(
            Part(data, order[..trainCount], "train"),
            Part(data, order[trainCount..(trainCount + validationCount)], "validation"),
            Part(data, order[(trainCount + validationCount)..], "test"));
    }

    private static Dataset Part(Dataset data, int[] rows, string part) => data.Select(rows).WithName($"{data.Name} ({part})");
}
