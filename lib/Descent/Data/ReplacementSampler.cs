namespace Descent.Data;

/// <summary>
/// Draws rows uniformly <em>with</em> replacement (PyTorch <c>RandomSampler(replacement=True)</c>): each of the
/// <see cref="Count"/> indices of an epoch is independent and uniform on 0 … n − 1, so some rows repeat and
/// about (1 − 1/n)^n ≈ 37 % are missed in an epoch. Epoch e uses <see cref="EpochRandom.Create"/>(seed, e).
/// </summary>
public sealed class ReplacementSampler : ISampler
{
    /// <param name="count">Number of rows n to draw from, ≥ 1.</param>
    /// <param name="seed">Seed; together with the epoch it fixes the draws.</param>
    /// <param name="samplesPerEpoch">Indices per epoch, ≥ 1 (default n).</param>
    public ReplacementSampler(int count, int seed, int? samplesPerEpoch = null)
    {
        DataArguments.AtLeast(count, 1, nameof(count));
        if (samplesPerEpoch is int s) DataArguments.AtLeast(s, 1, nameof(samplesPerEpoch));
        RowCount = count;
        Seed = seed;
        Count = samplesPerEpoch ?? count;
    }

    /// <summary>Number of indices one epoch yields (samplesPerEpoch, default the row count).</summary>
    public int Count { get; }

    /// <summary>Number of rows n the indices are drawn from.</summary>
    public int RowCount { get; }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <inheritdoc/>
    public IReadOnlyList<int> Indices(int epoch)
    {
        DataArguments.Epoch(epoch);
        var random = EpochRandom.Create(Seed, epoch);
        var indices = new int[Count];
        for (int i = 0; i < indices.Length; i++) indices[i] = random.Next(RowCount);
        return Array.AsReadOnly(indices);
    }

    /// <inheritdoc/>
    public override string ToString() => $"with replacement ({Count} draws from {RowCount} rows, seed {Seed})";
}
