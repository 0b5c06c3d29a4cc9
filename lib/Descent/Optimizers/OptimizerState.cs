using System.Globalization;
using System.Numerics;
using System.Text;

namespace Descent.Optimizers;

/// <summary>
/// The explicit state of an optimizer for one flat parameter vector: the step count t and named buffers
/// (moments, accumulators), one value per parameter unless the algorithm keeps less (Adafactor's row and column
/// factors), plus named scalars (NAdam's mu product). Created by <see cref="Optimizer.CreateState{T}(int)"/> or
/// <see cref="Optimizer.CreateState{T}(ParameterLayout)"/>; print it, copy it with <see cref="Clone"/>, resume from it.
/// </summary>
/// <typeparam name="T"><see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class OptimizerState<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly Dictionary<string, T[]> buffers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> scalars = new(StringComparer.Ordinal);
    private long step;

    internal OptimizerState(ParameterLayout layout)
    {
        Layout = layout;
    }

    /// <summary>Number of steps taken (PyTorch's <c>step</c>); the next step uses t = Step + 1.</summary>
    public long Step
    {
        get => step;
        set
        {
            if (value < 0) throw Hyperparameter.OutOfRange(nameof(value), value, "Step must be >= 0");
            step = value;
        }
    }

    /// <summary>Number of parameters this state is for.</summary>
    public int ParameterCount => Layout.ParameterCount;

    /// <summary>The shapes of the parameters this state is for (one vector unless created from a layout).</summary>
    public ParameterLayout Layout { get; }

    /// <summary>Named per-parameter buffers (see <see cref="BufferNames"/>).</summary>
    public IReadOnlyDictionary<string, T[]> Buffers => buffers;

    /// <summary>Named scalars, kept in double (for NAdam: <see cref="BufferNames.MuProduct"/>).</summary>
    public IReadOnlyDictionary<string, double> Scalars => scalars;

    /// <summary>The buffer called <paramref name="name"/>.</summary>
    public T[] this[string name] =>
        buffers.TryGetValue(name, out var buffer)
            ? buffer
            : throw new KeyNotFoundException($"The state has no buffer '{name}'; it has: {string.Join(", ", buffers.Keys)}.");

    internal void AddBuffer(string name, double initialValue, int? length = null)
    {
        var buffer = new T[length ?? ParameterCount];
        if (initialValue != 0) Array.Fill(buffer, T.CreateTruncating(initialValue));
        buffers.Add(name, buffer);
    }

    internal void SetScalar(string name, double value) => scalars[name] = value;

    internal double Scalar(string name) =>
        scalars.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"The state has no scalar '{name}': create it with the optimizer's CreateState.", "state");

    internal Span<T> Buffer(string name) =>
        buffers.TryGetValue(name, out var buffer)
            ? buffer
            : throw new ArgumentException(
                $"The state has no buffer '{name}' (it has: {string.Join(", ", buffers.Keys)}): create it with this optimizer's CreateState.",
                "state");

    /// <summary>A deep copy: resuming from it gives exactly (bit for bit) the same steps as resuming from this state.</summary>
    public OptimizerState<T> Clone()
    {
        var copy = new OptimizerState<T>(Layout) { step = step };
        foreach (var (name, buffer) in buffers) copy.buffers.Add(name, (T[])buffer.Clone());
        foreach (var (name, value) in scalars) copy.scalars.Add(name, value);
        return copy;
    }

    /// <summary>For example <c>step 3, 2 parameters (Double); FirstMoment [0.1, -0.2]; SecondMoment [0.001, 0.004]</c>.</summary>
    public override string ToString()
    {
        const int shown = 4;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"step {Step}, {ParameterCount} parameters ({typeof(T).Name})");
        foreach (var (name, buffer) in buffers)
        {
            text.Append("; ").Append(name).Append(" [");
            text.AppendJoin(", ", buffer.Take(shown).Select(v => v.ToString("G6", CultureInfo.InvariantCulture)));
            if (buffer.Length > shown) text.Append(", ...");
            text.Append(']');
        }
        foreach (var (name, value) in scalars)
            text.Append("; ").Append(name).Append(' ').Append(value.ToString("G6", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
