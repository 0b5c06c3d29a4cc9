namespace Descent.Data;

/// <summary>
/// A new random permutation of the n rows every epoch (PyTorch <c>RandomSampler</c> / <c>shuffle=True</c>):
/// epoch e uses Fisher–Yates with the generator <see cref="EpochRandom.Create"/>(seed, e).
/// </summary>
public sealed class ReshuffledSampler : ISampler
{
    /// <param name="count">Number of rows n, ≥ 1.</param>
    /// <param name="seed">Seed; together with the epoch it fixes the order.</param>
    public ReshuffledSampler(int count, int seed)
    {
        DataArguments.AtLeast(count, 1, nameof(count));
        Count = count;
        Seed = seed;
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Indices(int epoch)
    {
        DataArguments.Epoch(epoch);
        return Array.AsReadOnly(Shuffle.Permutation(Count, EpochRandom.Create(Seed, epoch)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"reshuffled every epoch ({Count} rows, seed {Seed})";
}
