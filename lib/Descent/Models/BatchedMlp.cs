using System.Numerics;
using System.Runtime.CompilerServices;
using Descent.Data;

namespace Descent.Models;

/// <summary>
/// A classifier MLP with ReLU hidden layers and a softmax cross-entropy output, computed a whole mini-batch at a
/// time as matrix products: the same network, loss and flat parameter layout (<see cref="MlpLayout"/>) as
/// <c>new Mlp(layerSizes, Activation.Relu)</c> on a labelled data set, equal to it up to rounding (the tests check
/// 1e-12 in double), and much faster.
/// </summary>
/// <remarks>
/// With the batch as the rows of X (B × n₀) and A₀ = X, for each layer l: Z_l = A_l W_lᵀ + 1 b_lᵀ and
/// A_{l+1} = max(0, Z_l) for hidden layers; the last Z is the logits. The loss is
/// L = s Σ_b (logsumexp(Z_b) − Z_{b,y_b}) with s = 1/B (<see cref="Reduction.Mean"/>) or 1 (<see cref="Reduction.Sum"/>).
/// Backward: Δ = s (softmax(Z) − Y) for the last layer (Y one-hot); for each layer ∂W_l = Δ_lᵀ A_l,
/// ∂b_l = Δ_lᵀ 1, and Δ_{l−1} = (Δ_l W_l) ⊙ [Z_{l−1} &gt; 0].
/// Works in <see cref="double"/> (the <see cref="IModel"/> methods) and, through the generic overloads, in
/// <see cref="float"/>, which moves half the bytes and fits twice as many numbers in a SIMD register.
/// An instance keeps its work buffers between calls: use one instance per thread.
/// </remarks>
public sealed class BatchedMlp : IClassifier
{
    // Rows evaluated together by Loss, Predict and Accuracy on a whole data set.
    private const int EvaluationRows = 512;

    private object? workspace;

    /// <param name="layerSizes">[inputs, hidden₁, …, classes], at least two sizes, each ≥ 1 (784, 128, 10 for MNIST).</param>
    public BatchedMlp(IReadOnlyList<int> layerSizes)
    {
        Layout = new MlpLayout(layerSizes);
    }

    /// <summary>Where each layer's weights and biases are in the parameter vector (as for <see cref="Mlp"/>).</summary>
    public MlpLayout Layout { get; }

    /// <summary>[inputs, hidden₁, …, classes].</summary>
    public IReadOnlyList<int> LayerSizes => Layout.Sizes;

    /// <summary>n₀, features per example.</summary>
    public int InputCount => LayerSizes[0];

    /// <summary>n_L, the number of classes.</summary>
    public int OutputCount => LayerSizes[^1];

    /// <inheritdoc/>
    public int ParameterCount => Layout.ParameterCount;

    /// <summary>Initial parameters, exactly as <see cref="Mlp.Initialize"/> draws them: weights from <paramref name="seed"/>, biases 0.</summary>
    public double[] Initialize(Initializer initializer, int seed, double standardDeviation = Initializers.DefaultStandardDeviation) =>
        Initializers.Create(initializer, LayerSizes, seed, standardDeviation);

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckGradient(gradient, ParameterCount);
        CheckData(data);
        ModelArguments.CheckBatch(batch, data);
        double scale = ModelArguments.Scale(reduction, batch.Length);
        var work = Workspace<double>(batch.Length);
        int[] labels = work.Labels;
        Gather(data, batch, work.Gathered, labels);
        return Evaluate(parameters, work.Gathered.AsSpan(0, batch.Length * InputCount), labels.AsSpan(0, batch.Length), gradient, scale, work);
    }

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        CheckData(data);
        double total = 0;
        var work = Workspace<double>(Math.Min(EvaluationRows, data.Count));
        for (int start = 0; start < data.Count; start += EvaluationRows)
        {
            int[] rows = Enumerable.Range(start, Math.Min(EvaluationRows, data.Count - start)).ToArray();
            Gather(data, rows, work.Gathered, work.Labels);
            total += Evaluate(parameters, work.Gathered.AsSpan(0, rows.Length * InputCount), work.Labels.AsSpan(0, rows.Length), [], 1.0, work);
        }
        return total * ModelArguments.Scale(reduction, data.Count);
    }

    /// <summary>The predicted class of every row: argmax of the logits.</summary>
    public int[] Predict(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatures(data, InputCount);
        var predictions = new int[data.Count];
        var work = Workspace<double>(Math.Min(EvaluationRows, data.Count));
        for (int start = 0; start < data.Count; start += EvaluationRows)
        {
            int[] rows = Enumerable.Range(start, Math.Min(EvaluationRows, data.Count - start)).ToArray();
            Gather(data, rows, work.Gathered, null);
            Forward(parameters, work.Gathered.AsSpan(0, rows.Length * InputCount), rows.Length, work);
            ArgMaxRows(work.PreActivations[^1].AsSpan(0, rows.Length * OutputCount), OutputCount, predictions.AsSpan(start, rows.Length));
        }
        return predictions;
    }

    /// <summary>Fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    public double Accuracy(ReadOnlySpan<double> parameters, Dataset data) =>
        Metrics.Accuracy(Predict(parameters, data), ModelArguments.Labels(data));

    /// <summary>
    /// The loss and gradient of a batch given as a matrix, in <typeparamref name="T"/> (float or double):
    /// <paramref name="inputs"/> holds B = <paramref name="labels"/>.Length rows of n₀ features, row-major.
    /// Returns L and writes ∂L/∂θ into <paramref name="gradient"/> (overwriting it).
    /// </summary>
    public T LossAndGradient<T>(ReadOnlySpan<T> parameters, ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels, Span<T> gradient, Reduction reduction = Reduction.Mean)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(parameters.Length, ParameterCount, nameof(parameters), "the model has {0} parameters");
        CheckLength(gradient.Length, ParameterCount, nameof(gradient), "the model has {0} parameters");
        CheckMatrix(inputs, labels);
        T scale = T.CreateChecked(ModelArguments.Scale(reduction, labels.Length));
        var work = Workspace<T>(labels.Length);
        return Evaluate(parameters, inputs, labels, gradient, scale, work);
    }

    /// <summary>The loss of a batch given as a matrix (see <see cref="LossAndGradient{T}(ReadOnlySpan{T}, ReadOnlySpan{T}, ReadOnlySpan{int}, Span{T}, Reduction)"/>), without the gradient.</summary>
    public T Loss<T>(ReadOnlySpan<T> parameters, ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels, Reduction reduction = Reduction.Mean)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLength(parameters.Length, ParameterCount, nameof(parameters), "the model has {0} parameters");
        CheckMatrix(inputs, labels);
        T scale = T.CreateChecked(ModelArguments.Scale(reduction, labels.Length));
        return Evaluate(parameters, inputs, labels, [], scale, Workspace<T>(labels.Length));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // hot loops: optimized on first call, as in MatrixProduct
    private T Evaluate<T>(ReadOnlySpan<T> parameters, ReadOnlySpan<T> x, ReadOnlySpan<int> labels, Span<T> gradient, T scale, Work<T> work)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int batch = labels.Length, classes = OutputCount, last = Layout.LayerCount - 1;
        bool computeGradient = !gradient.IsEmpty;
        Forward(parameters, x, batch, work);

        // Softmax cross-entropy, row by row: ℓ_b = logsumexp(z_b) − z_{b,y}, and Δ_b = s (softmax(z_b) − onehot(y_b)).
        Span<T> logits = work.PreActivations[last].AsSpan(0, batch * classes);
        Span<T> delta = work.Deltas[last].AsSpan(0, batch * classes);
        T loss = T.Zero;
        for (int b = 0; b < batch; b++)
        {
            Span<T> z = logits.Slice(b * classes, classes);
            T max = z[0];
            for (int k = 1; k < classes; k++) max = T.Max(max, z[k]);
            T sum = T.Zero;
            for (int k = 0; k < classes; k++) sum += T.Exp(z[k] - max);
            loss += max + T.Log(sum) - z[labels[b]];
            if (!computeGradient) continue;
            Span<T> d = delta.Slice(b * classes, classes);
            for (int k = 0; k < classes; k++) d[k] = T.Exp(z[k] - max) / sum;
            d[labels[b]] -= T.One;
            for (int k = 0; k < classes; k++) d[k] *= scale;
        }
        if (!computeGradient) return loss * scale;

        for (int l = last; l >= 0; l--)
        {
            int fanIn = LayerSizes[l], fanOut = LayerSizes[l + 1];
            ReadOnlySpan<T> a = l == 0 ? x : work.Activations[l].AsSpan(0, batch * fanIn);
            Span<T> d = work.Deltas[l].AsSpan(0, batch * fanOut);

            // ∂W = Δᵀ A: both transposed so that every entry is a dot product of two contiguous rows of length B.
            Span<T> deltaT = work.DeltaTransposed.AsSpan(0, fanOut * batch), aT = work.ActivationsTransposed.AsSpan(0, fanIn * batch);
            MatrixProduct.Transpose<T>(d, batch, fanOut, deltaT);
            MatrixProduct.Transpose(a, batch, fanIn, aT);
            MatrixProduct.MultiplyTransposed<T>(deltaT, fanOut, batch, aT, fanIn, gradient.Slice(Layout.WeightOffset(l), fanOut * fanIn));

            Span<T> db = gradient.Slice(Layout.BiasOffset(l), fanOut);      // ∂b = Δᵀ 1
            db.Clear();
            for (int b = 0; b < batch; b++)
                for (int i = 0; i < fanOut; i++) db[i] += d[b * fanOut + i];
            if (l == 0) break;

            // Δ_{l−1} = (Δ_l W_l) ⊙ [Z_{l−1} > 0], with W_l transposed so that Δ_l W_l is again a product with a transpose.
            Span<T> wT = work.WeightsTransposed.AsSpan(0, fanIn * fanOut);
            MatrixProduct.Transpose(parameters.Slice(Layout.WeightOffset(l), fanOut * fanIn), fanOut, fanIn, wT);
            Span<T> below = work.Deltas[l - 1].AsSpan(0, batch * fanIn);
            MatrixProduct.MultiplyTransposed<T>(d, batch, fanOut, wT, fanIn, below);
            ReadOnlySpan<T> zBelow = work.PreActivations[l - 1].AsSpan(0, batch * fanIn);
            for (int k = 0; k < below.Length; k++)
                if (!(zBelow[k] > T.Zero)) below[k] = T.Zero;
        }
        return loss * scale;
    }

    /// <summary>Z_l = A_l W_lᵀ + b_l for every layer, with A_{l+1} = max(0, Z_l) between them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // hot loops: optimized on first call, as in MatrixProduct
    private void Forward<T>(ReadOnlySpan<T> parameters, ReadOnlySpan<T> x, int batch, Work<T> work)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (int l = 0; l < Layout.LayerCount; l++)
        {
            int fanIn = LayerSizes[l], fanOut = LayerSizes[l + 1];
            ReadOnlySpan<T> a = l == 0 ? x : work.Activations[l].AsSpan(0, batch * fanIn);
            Span<T> z = work.PreActivations[l].AsSpan(0, batch * fanOut);
            MatrixProduct.MultiplyTransposed(a, batch, fanIn, parameters.Slice(Layout.WeightOffset(l), fanOut * fanIn), fanOut, z);
            ReadOnlySpan<T> bias = parameters.Slice(Layout.BiasOffset(l), fanOut);
            for (int b = 0; b < batch; b++)
                for (int i = 0; i < fanOut; i++) z[b * fanOut + i] += bias[i];
            if (l + 1 == Layout.LayerCount) break;
            Span<T> next = work.Activations[l + 1].AsSpan(0, batch * fanOut);
            for (int k = 0; k < z.Length; k++) next[k] = z[k] > T.Zero ? z[k] : T.Zero;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // hot loops: optimized on first call, as in MatrixProduct
    private void Gather(Dataset data, ReadOnlySpan<int> rows, double[] into, int[]? labels)
    {
        for (int b = 0; b < rows.Length; b++)
        {
            data.Features[rows[b]].CopyTo(into, b * InputCount);
            if (labels is not null) labels[b] = data.Labels![rows[b]];
        }
    }

    private static void ArgMaxRows(ReadOnlySpan<double> logits, int classes, Span<int> predictions)
    {
        for (int b = 0; b < predictions.Length; b++)
            predictions[b] = SoftmaxRegression.ArgMax(logits.Slice(b * classes, classes));
    }

    private void CheckData(Dataset data)
    {
        ModelArguments.CheckFeatures(data, InputCount);
        ModelArguments.Labels(data);
        if (data.ClassCount != OutputCount)
            throw new ArgumentException(
                $"The network has {OutputCount} outputs but the data set '{data.Name}' has {data.ClassCount} classes.", nameof(data));
    }

    private void CheckMatrix<T>(ReadOnlySpan<T> inputs, ReadOnlySpan<int> labels)
    {
        if (labels.IsEmpty) throw new ArgumentException("The batch is empty: labels has no entries.", nameof(labels));
        CheckLength(inputs.Length, labels.Length * InputCount, nameof(inputs), $"{labels.Length} labels of {InputCount} features need {{0}}");
        for (int b = 0; b < labels.Length; b++)
            if (labels[b] < 0 || labels[b] >= OutputCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[b], $"labels[{b}] is {labels[b]}; labels must be in 0..{OutputCount - 1}.");
    }

    private static void CheckLength(int length, int expected, string name, string what)
    {
        if (length != expected)
            throw new ArgumentException($"{name} has length {length} but {string.Format(what, expected)}.", name);
    }

    private Work<T> Workspace<T>(int rows) where T : unmanaged
    {
        if (workspace is Work<T> work && work.Rows >= rows) return work;
        var created = new Work<T>(LayerSizes, rows);
        workspace = created;
        return created;
    }

    /// <summary>Buffers for a batch of up to <see cref="Rows"/> rows, kept between calls.</summary>
    private sealed class Work<T> where T : unmanaged
    {
        public Work(IReadOnlyList<int> sizes, int rows)
        {
            Rows = rows;
            int layers = sizes.Count - 1, widest = sizes.Max(), widestLayer = Enumerable.Range(0, layers).Max(l => sizes[l] * sizes[l + 1]);
            Activations = Enumerable.Range(0, layers).Select(l => new T[l == 0 ? 0 : rows * sizes[l]]).ToArray();
            PreActivations = Enumerable.Range(0, layers).Select(l => new T[rows * sizes[l + 1]]).ToArray();
            Deltas = Enumerable.Range(0, layers).Select(l => new T[rows * sizes[l + 1]]).ToArray();
            DeltaTransposed = new T[rows * widest];
            ActivationsTransposed = new T[rows * widest];
            WeightsTransposed = new T[widestLayer];
            Gathered = new double[rows * sizes[0]];
            Labels = new int[rows];
        }

        public int Rows { get; }
        public T[][] Activations { get; }
        public T[][] PreActivations { get; }
        public T[][] Deltas { get; }
        public T[] DeltaTransposed { get; }
        public T[] ActivationsTransposed { get; }
        public T[] WeightsTransposed { get; }
        public double[] Gathered { get; }
        public int[] Labels { get; }
    }
}
