using Descent.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Models;

/// <summary>
/// A multilayer perceptron with layer sizes [n₀, n₁, …, n_L]. For layer l = 0 … L−1:
/// z_l = W_l a_l + b_l and a_{l+1} = σ(z_l) for hidden layers, with a₀ = x; the last layer is linear (output = z_{L−1}).
/// The loss depends on the data: with <see cref="Dataset.Labels"/> it is softmax + cross-entropy
/// (n_L = number of classes), with <see cref="Dataset.Targets"/> it is the squared error (ŷ − y)² (n_L = 1);
/// both reduced by mean or sum over the batch as in <see cref="LinearRegression"/> and <see cref="SoftmaxRegression"/>.
/// Backpropagation: δ_{L−1} = ∂L/∂z_{L−1}; for each layer ∂W_l = δ_l a_lᵀ, ∂b_l = Σ_examples δ_l,
/// δ_{l−1} = (W_lᵀ δ_l) ⊙ σ′(z_{l−1}).
/// Parameter layout: see <see cref="MlpLayout"/> (per layer W_l row-major n_out × n_in, then b_l).
/// </summary>
public sealed class Mlp : IModel
{
    /// <param name="layerSizes">[inputs, hidden₁, …, outputs], at least two sizes, each ≥ 1.</param>
    /// <param name="hidden">σ of the hidden layers; default <see cref="Activation.Tanh"/>.</param>
    public Mlp(IReadOnlyList<int> layerSizes, Activation hidden = Activation.Tanh)
    {
        if (!Enum.IsDefined(hidden))
            throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "Unknown activation.");
        Layout = new MlpLayout(layerSizes);
        HiddenActivation = hidden;
    }

    public MlpLayout Layout { get; }
    public IReadOnlyList<int> LayerSizes => Layout.Sizes;
    public Activation HiddenActivation { get; }
    public int InputCount => LayerSizes[0];
    public int OutputCount => LayerSizes[^1];
    public int ParameterCount => Layout.ParameterCount;

    /// <summary>Initial parameters: weights drawn by <paramref name="initializer"/> from <paramref name="seed"/>, biases 0.</summary>
    public double[] Initialize(Initializer initializer, int seed, double standardDeviation = Initializers.DefaultStandardDeviation) =>
        Initializers.Create(initializer, LayerSizes, seed, standardDeviation);

    /// <summary>W_l as an n_out × n_in matrix (a copy).</summary>
    public Matrix<double> Weights(ReadOnlySpan<double> parameters, int layer)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        return WeightsOf(parameters.ToArray(), layer);
    }

    /// <summary>b_l (a copy).</summary>
    public Vector<double> Biases(ReadOnlySpan<double> parameters, int layer)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        return BiasesOf(parameters.ToArray(), layer);
    }

    /// <summary>The forward pass over several inputs at once (one column per input).</summary>
    public MlpForwardPass Forward(ReadOnlySpan<double> parameters, IReadOnlyList<double[]> inputs)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0) throw new ArgumentException("At least one input is needed.", nameof(inputs));
        foreach (var x in inputs) ModelArguments.CheckFeatureVector(x, InputCount);
        return ForwardUnchecked(parameters.ToArray(), inputs);
    }

    /// <summary>The raw network output for one input: logits (classification) or the prediction (regression).</summary>
    public double[] Output(ReadOnlySpan<double> parameters, double[] features) =>
        Forward(parameters, [features]).Output.Column(0).ToArray();

    /// <summary>softmax of the output: class probabilities, summing to 1.</summary>
    public double[] PredictProbabilities(ReadOnlySpan<double> parameters, double[] features) =>
        Losses.Softmax(Output(parameters, features));

    /// <summary>The most probable class, argmax of the output.</summary>
    public int Predict(ReadOnlySpan<double> parameters, double[] features) =>
        SoftmaxRegression.ArgMax(Output(parameters, features));

    /// <summary>The predicted class of every row.</summary>
    public int[] Predict(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckFeatures(data, InputCount);
        var output = Forward(parameters, data.Features).Output;
        return Enumerable.Range(0, data.Count).Select(i => SoftmaxRegression.ArgMax(output.Column(i).ToArray())).ToArray();
    }

    /// <summary>The regression prediction ŷ of every row (requires a single output).</summary>
    public double[] PredictValues(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckFeatures(data, InputCount);
        CheckOutputs(1, data);
        return Forward(parameters, data.Features).Output.Row(0).ToArray();
    }

    /// <summary>Fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    public double Accuracy(ReadOnlySpan<double> parameters, Dataset data)
    {
        int[] labels = ModelArguments.Labels(data);
        int[] predictions = Predict(parameters, data);
        return predictions.Zip(labels).Count(p => p.First == p.Second) / (double)data.Count;
    }

    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckGradient(gradient, ParameterCount);
        ModelArguments.CheckFeatures(data, InputCount);
        ModelArguments.CheckBatch(batch, data);
        double scale = ModelArguments.Scale(reduction, batch.Length);

        double[] p = parameters.ToArray();
        var rows = new double[batch.Length][];
        for (int b = 0; b < batch.Length; b++) rows[b] = data.Features[batch[b]];

        var pass = ForwardUnchecked(p, rows);
        var (loss, outputDelta) = data.Labels is not null
            ? CrossEntropyAndDelta(pass.Output, data, batch)
            : SquaredErrorAndDelta(pass.Output, data, batch);

        Backward(p, pass, outputDelta * scale, gradient);
        return loss * scale;
    }

    public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean) =>
        LossAndGradient(parameters, data, ModelArguments.AllRows(data), new double[ParameterCount], reduction);

    private MlpForwardPass ForwardUnchecked(double[] p, IReadOnlyList<double[]> inputs)
    {
        var a = Matrix<double>.Build.Dense(InputCount, inputs.Count, (i, b) => inputs[b][i]);    // a₀ = x, one column per example
        var layerInputs = new List<Matrix<double>>();
        var preActivations = new List<Matrix<double>>();
        for (int l = 0; l < Layout.LayerCount; l++)
        {
            var w = WeightsOf(p, l);
            var bias = BiasesOf(p, l);
            var z = w * a;                                                  // z = W a + b
            z.MapIndexedInplace((i, _, value) => value + bias[i]);
            layerInputs.Add(a);
            preActivations.Add(z);
            if (l < Layout.LayerCount - 1)
                a = z.Map(v => Activations.Apply(HiddenActivation, v));   // a = σ(z)
        }
        return new MlpForwardPass(layerInputs, preActivations);
    }

    /// <summary>Softmax + cross-entropy: ℓ = logsumexp(z) − z_y per column, and δ = p − onehot(y) (before reduction).</summary>
    private (double Loss, Matrix<double> Delta) CrossEntropyAndDelta(Matrix<double> logits, Dataset data, ReadOnlySpan<int> batch)
    {
        CheckOutputs(data.ClassCount, data);
        int[] labels = data.Labels!;
        var delta = Matrix<double>.Build.Dense(OutputCount, batch.Length);
        double loss = 0;
        for (int b = 0; b < batch.Length; b++)
        {
            double[] z = logits.Column(b).ToArray();
            int y = labels[batch[b]];
            loss += Losses.CrossEntropyFromLogits(z, y);
            double[] probabilities = Losses.Softmax(z);
            for (int k = 0; k < OutputCount; k++)
                delta[k, b] = probabilities[k] - (k == y ? 1 : 0);
        }
        return (loss, delta);
    }

    /// <summary>Squared error: ℓ = (ŷ − y)² per column, and δ = 2(ŷ − y) (before reduction).</summary>
    private (double Loss, Matrix<double> Delta) SquaredErrorAndDelta(Matrix<double> output, Dataset data, ReadOnlySpan<int> batch)
    {
        CheckOutputs(1, data);
        double[] targets = ModelArguments.Targets(data);
        var delta = Matrix<double>.Build.Dense(1, batch.Length);
        double loss = 0;
        for (int b = 0; b < batch.Length; b++)
        {
            double residual = output[0, b] - targets[batch[b]];
            loss += residual * residual;
            delta[0, b] = 2 * residual;
        }
        return (loss, delta);
    }

    /// <summary>Backpropagation from δ = ∂L/∂z of the last layer down to the first, writing ∂L/∂θ into <paramref name="gradient"/>.</summary>
    private void Backward(double[] p, MlpForwardPass pass, Matrix<double> outputDelta, Span<double> gradient)
    {
        var delta = outputDelta;
        for (int l = Layout.LayerCount - 1; l >= 0; l--)
        {
            var dW = delta * pass.Inputs[l].Transpose();                    // ∂W = δ aᵀ
            var db = delta.RowSums();                                       // ∂b = Σ_examples δ
            Write(dW, db, l, gradient);
            if (l > 0)
            {
                var sigmaPrime = pass.PreActivations[l - 1].Map(v => Activations.Derivative(HiddenActivation, v));
                delta = (WeightsOf(p, l).Transpose() * delta).PointwiseMultiply(sigmaPrime);   // δ = (Wᵀδ) ⊙ σ′(z)
            }
        }
    }

    private void Write(Matrix<double> dW, Vector<double> db, int layer, Span<double> gradient)
    {
        int weightOffset = Layout.WeightOffset(layer), biasOffset = Layout.BiasOffset(layer);
        for (int i = 0; i < dW.RowCount; i++)
        {
            for (int j = 0; j < dW.ColumnCount; j++)
                gradient[weightOffset + i * dW.ColumnCount + j] = dW[i, j];
            gradient[biasOffset + i] = db[i];
        }
    }

    private Matrix<double> WeightsOf(double[] p, int layer)
    {
        int offset = Layout.WeightOffset(layer), rows = LayerSizes[layer + 1], columns = LayerSizes[layer];
        return Matrix<double>.Build.Dense(rows, columns, (i, j) => p[offset + i * columns + j]);
    }

    private Vector<double> BiasesOf(double[] p, int layer) =>
        Vector<double>.Build.Dense(p.AsSpan(Layout.BiasOffset(layer), LayerSizes[layer + 1]).ToArray());

    private void CheckOutputs(int expected, Dataset data)
    {
        if (OutputCount != expected)
            throw new ArgumentException(
                $"The network has {OutputCount} outputs but the data set '{data.Name}' needs {expected} " +
                (data.Labels is not null ? "(one per class)." : "(one regression target)."), nameof(data));
    }
}
