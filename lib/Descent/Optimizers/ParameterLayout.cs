namespace Descent.Optimizers;

/// <summary>
/// A model's parameters as named tensors with shapes (weight matrices, bias vectors) laid one after another over one
/// flat buffer. Elementwise optimizers ignore the shapes and step the whole buffer; <see cref="Muon"/> and
/// <see cref="Adafactor"/> work matrix by matrix. <see cref="Optimizer.CreateState{T}(int)"/> means one vector.
/// </summary>
public sealed class ParameterLayout
{
    private readonly ParameterTensor[] tensors;

    private ParameterLayout(ParameterTensor[] tensors)
    {
        this.tensors = tensors;
        ParameterCount = tensors.Sum(t => t.Count);
    }

    /// <summary>The tensors, in buffer order.</summary>
    public IReadOnlyList<ParameterTensor> Tensors => tensors;

    /// <summary>Total number of parameters (the length of the flat buffer).</summary>
    public int ParameterCount { get; }

    /// <summary>The tensor called <paramref name="name"/>.</summary>
    public ParameterTensor this[string name] =>
        tensors.FirstOrDefault(t => t.Name == name)
        ?? throw new KeyNotFoundException($"The layout has no tensor '{name}'; it has: {string.Join(", ", tensors.Select(t => t.Name))}.");

    /// <summary>One vector of <paramref name="count"/> parameters.</summary>
    public static ParameterLayout Vector(int count, string name = "parameters") => new Builder().AddVector(name, count).Build();

    /// <summary>One <paramref name="rows"/> × <paramref name="columns"/> matrix.</summary>
    public static ParameterLayout Matrix(int rows, int columns, string name = "W") => new Builder().AddMatrix(name, rows, columns).Build();

    /// <summary>Builds a layout tensor by tensor, each placed right after the previous one.</summary>
    public sealed class Builder
    {
        private readonly List<ParameterTensor> tensors = [];
        private int offset;

        /// <summary>Appends a rows × columns matrix (row-major).</summary>
        public Builder AddMatrix(string name, int rows, int columns) => Add(name, rows, columns, isMatrix: true);

        /// <summary>Appends a vector of <paramref name="count"/> values.</summary>
        public Builder AddVector(string name, int count) => Add(name, count, 1, isMatrix: false);

        /// <summary>The layout of the tensors added so far.</summary>
        public ParameterLayout Build() => new([.. tensors]);

        private Builder Add(string name, int rows, int columns, bool isMatrix)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            if (tensors.Any(t => t.Name == name))
                throw new ArgumentException($"The layout already has a tensor '{name}'.", nameof(name));
            ArgumentOutOfRangeException.ThrowIfNegative(rows);
            ArgumentOutOfRangeException.ThrowIfNegative(columns);
            tensors.Add(new ParameterTensor(name, offset, rows, columns, isMatrix));
            offset = checked(offset + rows * columns);
            return this;
        }
    }

    /// <summary>The tensors, e.g. <c>W0 [3 × 2], b0 [3]</c>.</summary>
    public override string ToString() => string.Join(", ", tensors.Select(t => t.ToString()));
}
