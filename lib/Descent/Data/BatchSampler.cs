namespace Descent.Data;

/// <summary>
/// Groups the indices of a sampler into consecutive batches of <see cref="BatchSize"/> (PyTorch
/// <c>BatchSampler(sampler, batch_size, drop_last)</c>). With n indices and batch size k an epoch has ⌈n / k⌉
/// batches, the last one holding n mod k indices when k does not divide n; with <see cref="DropLast"/> that
/// short batch is dropped, giving ⌊n / k⌋ batches. Batch size n is full-batch gradient descent, 1 is
/// instance-wise SGD, anything between is mini-batch SGD.
/// </summary>
public sealed class BatchSampler
{
    /// <param name="sampler">Order of the indices.</param>
    /// <param name="batchSize">k, ≥ 1 (may exceed n: then one batch of n, or none with drop-last).</param>
    /// <param name="dropLast">Drop a last batch shorter than k (default false).</param>
    public BatchSampler(ISampler sampler, int batchSize, bool dropLast = false)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        DataArguments.AtLeast(batchSize, 1, nameof(batchSize));
        Sampler = sampler;
        BatchSize = batchSize;
        DropLast = dropLast;
    }

    /// <summary>The sampler that orders the indices.</summary>
    public ISampler Sampler { get; }

    /// <summary>k, the number of indices per full batch.</summary>
    public int BatchSize { get; }

    /// <summary>Whether a last, shorter batch is dropped.</summary>
    public bool DropLast { get; }

    /// <summary>⌊n / k⌋ with drop-last, ⌈n / k⌉ without (n = <see cref="ISampler.Count"/>).</summary>
    public int BatchesPerEpoch => DropLast
        ? Sampler.Count / BatchSize
        : (Sampler.Count + BatchSize - 1) / BatchSize;

    /// <summary>The batches of <paramref name="epoch"/>: consecutive slices of <c>Sampler.Indices(epoch)</c>.</summary>
    public IEnumerable<int[]> Batches(int epoch)
    {
        DataArguments.Epoch(epoch);
        return Slice(Sampler.Indices(epoch));
    }

    private IEnumerable<int[]> Slice(IReadOnlyList<int> indices)
    {
        for (int start = 0; start < indices.Count; start += BatchSize)
        {
            int length = Math.Min(BatchSize, indices.Count - start);
            if (length < BatchSize && DropLast) yield break;
            var batch = new int[length];
            for (int i = 0; i < length; i++) batch[i] = indices[start + i];
            yield return batch;
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"batches of {BatchSize}{(DropLast ? " (drop last)" : "")} over {Sampler}";
}
