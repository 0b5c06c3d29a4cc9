namespace Descent.Optimizers;

/// <summary>
/// One named tensor of a model's parameters inside the flat parameter buffer: a matrix (rows × columns, row-major:
/// element [i, j] at <see cref="Offset"/> + i·Columns + j) or a vector of <see cref="Rows"/> values.
/// </summary>
public sealed record ParameterTensor
{
    internal ParameterTensor(string name, int offset, int rows, int columns, bool isMatrix)
    {
        Name = name;
        Offset = offset;
        Rows = rows;
        Columns = columns;
        IsMatrix = isMatrix;
    }

    /// <summary>The name, e.g. "W0" or "b0".</summary>
    public string Name { get; }

    /// <summary>Index of the first element in the flat buffer.</summary>
    public int Offset { get; }

    /// <summary>Number of rows (for a vector, its length).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (1 for a vector).</summary>
    public int Columns { get; }

    /// <summary>True for a matrix (two dimensions, as PyTorch's <c>dim() == 2</c>), false for a vector.</summary>
    public bool IsMatrix { get; }

    /// <summary>Rows · Columns.</summary>
    public int Count => Rows * Columns;

    /// <summary>This tensor's elements within <paramref name="buffer"/>.</summary>
    public Span<T> Of<T>(Span<T> buffer) => buffer.Slice(Offset, Count);

    /// <inheritdoc cref="Of{T}(Span{T})"/>
    public ReadOnlySpan<T> Of<T>(ReadOnlySpan<T> buffer) => buffer.Slice(Offset, Count);

    /// <summary>For example <c>W0 [128 × 784]</c> or <c>b0 [128]</c>.</summary>
    public override string ToString() => IsMatrix ? $"{Name} [{Rows} × {Columns}]" : $"{Name} [{Rows}]";
}
