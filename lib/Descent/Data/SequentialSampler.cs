namespace Descent.Data;

/// <summary>Visits rows 0, 1, …, n − 1 in file order every epoch (PyTorch <c>SequentialSampler</c>).</summary>
public sealed class SequentialSampler : ISampler
{
    private readonly int[] _indices;

    /// <param name="count">Number of rows n, ≥ 1.</param>
    public SequentialSampler(int count)
    {
        DataArguments.AtLeast(count, 1, nameof(count));
        _indices = Enumerable.Range(0, count).ToArray();
    }

    /// <inheritdoc/>
    public int Count => _indices.Length;

    /// <inheritdoc/>
    public IReadOnlyList<int> Indices(int epoch)
    {
        DataArguments.Epoch(epoch);
        return Array.AsReadOnly(_indices);
    }

    /// <inheritdoc/>
    public override string ToString() => $"sequential ({Count} rows)";
}
