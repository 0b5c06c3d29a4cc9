using Descent.Data;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Models;

/// <summary>
/// A multilayer perceptron with layer sizes [n₀, n₁, …, n_L]. For layer l = 0 … L−1:
/// z_l = W_l a_l + b_l and a_{l+1} = σ(z_l) for hidden layers, with a₀ = x; the last layer is linear (output = z_{L−1}).
/// The loss depends on the data: with <see cref="Dataset.Labels"/> it is softmax + cross-entropy
/// (n_L = number of classes), with <see cref="Dataset.Targets"/> it is the squared error (ŷ − y)² (n_L = 1);
/// both reduced by mean or sum over the batch as in <see cref="LinearRegression"/> and <see cref="SoftmaxRegression"/>.
/// Backpropagation, example by example: δ_{L−1} = ∂ℓ/∂z_{L−1}; for each layer ∂W_l += δ_l a_lᵀ, ∂b_l += δ_l,
/// δ_{l−1} = (W_lᵀ δ_l) ⊙ σ′(z_{l−1}); the sum over the batch is then scaled by the reduction.
/// Parameter layout: see <see cref="MlpLayout"/> (per layer W_l row-major n_out × n_in, then b_l).
/// </summary>
public sealed class Mlp : IClassifier
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

    /// <summary>Where each layer's weights and biases sit in the flat parameter vector.</summary>
    public MlpLayout Layout { get; }
    /// <summary>Units per layer, input first, output last.</summary>
    public IReadOnlyList<int> LayerSizes => Layout.Sizes;
    /// <summary>The activation of every hidden layer (the output layer is linear).</summary>
    public Activation HiddenActivation { get; }
    /// <summary>Number of input features.</summary>
    public int InputCount => LayerSizes[0];
    /// <summary>Number of outputs.</summary>
    public int OutputCount => LayerSizes[^1];
    /// <summary>Length of the flat parameter vector: every layer's weights and biases.</summary>
    public int ParameterCount => Layout.ParameterCount;

    /// <summary>Initial parameters: weights drawn by <paramref name="initializer"/> from <paramref name="seed"/>, biases 0.</summary>
    public double[] Initialize(Initializer initializer, int seed, double standardDeviation = Initializers.DefaultStandardDeviation) =>
        Initializers.Create(initializer, LayerSizes, seed, standardDeviation);

    /// <summary>W_l as an n_out × n_in matrix (a copy).</summary>
    public Matrix<double> Weights(ReadOnlySpan<double> parameters, int layer)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        int offset = Layout.WeightOffset(layer), rows = LayerSizes[layer + 1], columns = LayerSizes[layer];
        double[] block = parameters.Slice(offset, rows * columns).ToArray();
        return Matrix<double>.Build.Dense(rows, columns, (i, j) => block[i * columns + j]);
    }

    /// <summary>b_l (a copy).</summary>
    public Vector<double> Biases(ReadOnlySpan<double> parameters, int layer)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        return Vector<double>.Build.Dense(parameters.Slice(Layout.BiasOffset(layer), LayerSizes[layer + 1]).ToArray());
    }

    /// <summary>The forward pass on one input: every layer's input a_l and pre-activation z_l.</summary>
    public MlpForwardPass Forward(ReadOnlySpan<double> parameters, double[] features)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatureVector(features, InputCount);
        var pass = CreatePass();
        ForwardInto(parameters, features, pass);
        return pass;
    }

    /// <summary>The raw network output for one input: logits (classification) or the prediction (regression).</summary>
    public double[] Output(ReadOnlySpan<double> parameters, double[] features) =>
        (double[])Forward(parameters, features).Output.Clone();

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
        var predictions = new int[data.Count];
        for (int i = 0; i < data.Count; i++)
            predictions[i] = Predict(parameters, data.Features[i]);
        return predictions;
    }

    /// <summary>The regression prediction ŷ of every row (requires a single output).</summary>
    public double[] PredictValues(ReadOnlySpan<double> parameters, Dataset data)
    {
        ModelArguments.CheckFeatures(data, InputCount);
        CheckOutputs(1, data);
        var predictions = new double[data.Count];
        for (int i = 0; i < data.Count; i++)
            predictions[i] = Forward(parameters, data.Features[i]).Output[0];
        return predictions;
    }

    /// <summary>Fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    public double Accuracy(ReadOnlySpan<double> parameters, Dataset data)
    {
        int[] labels = ModelArguments.Labels(data);
        return Metrics.Accuracy(Predict(parameters, data), labels);
    }

    /// <inheritdoc/>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckGradient(gradient, ParameterCount);
        ModelArguments.CheckFeatures(data, InputCount);
        ModelArguments.CheckBatch(batch, data);
        return Evaluate(parameters, data, batch, gradient, reduction, computeGradient: true);
    }

    /// <inheritdoc/>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, Reduction reduction = Reduction.Mean)
    {
        ModelArguments.CheckParameters(parameters, ParameterCount);
        ModelArguments.CheckFeatures(data, InputCount);
        return Evaluate(parameters, data, ModelArguments.AllRows(data), [], reduction, computeGradient: false);
    }

    private double Evaluate(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> batch, Span<double> gradient, Reduction reduction, bool computeGradient)
    {
        bool classification = data.Labels is not null;
        CheckOutputs(classification ? data.ClassCount : 1, data);
        double[]? targets = classification ? null : ModelArguments.Targets(data);
        double scale = ModelArguments.Scale(reduction, batch.Length);

        gradient.Clear();
        var pass = CreatePass();
        var outputDelta = new double[OutputCount];
        double loss = 0;
        foreach (int row in batch)
        {
            ForwardInto(parameters, data.Features[row], pass);
            loss += classification
                ? CrossEntropyAndDelta(pass.Output, data.Labels![row], outputDelta)
                : SquaredErrorAndDelta(pass.Output, targets![row], outputDelta);
            if (computeGradient)
                BackwardInto(parameters, pass, outputDelta, gradient);
        }

        for (int k = 0; k < gradient.Length; k++)
            gradient[k] *= scale;
        return loss * scale;
    }

    private MlpForwardPass CreatePass()
    {
        var inputs = new double[Layout.LayerCount][];
        var preActivations = new double[Layout.LayerCount][];
        for (int l = 0; l < Layout.LayerCount; l++)
        {
            inputs[l] = new double[LayerSizes[l]];
            preActivations[l] = new double[LayerSizes[l + 1]];
        }
        return new MlpForwardPass(inputs, preActivations);
    }

    /// <summary>a₀ = x; for each layer z = W a + b, and a = σ(z) feeds the next layer (the last layer stays linear).</summary>
    private void ForwardInto(ReadOnlySpan<double> parameters, double[] x, MlpForwardPass pass)
    {
        x.CopyTo(pass.Inputs[0], 0);
        for (int l = 0; l < Layout.LayerCount; l++)
        {
            double[] a = pass.Inputs[l], z = pass.PreActivations[l];
            int weights = Layout.WeightOffset(l), biases = Layout.BiasOffset(l), fanIn = a.Length;
            for (int i = 0; i < z.Length; i++)
            {
                double sum = parameters[biases + i];                                   // z_i = b_i + Σ_j W_ij a_j
                for (int j = 0; j < fanIn; j++)
                    sum += parameters[weights + i * fanIn + j] * a[j];
                z[i] = sum;
            }
            if (l + 1 < Layout.LayerCount)
                for (int i = 0; i < z.Length; i++)
                    pass.Inputs[l + 1][i] = Activations.Apply(HiddenActivation, z[i]); // a = σ(z)
        }
    }

    /// <summary>Softmax + cross-entropy: returns ℓ = logsumexp(z) − z_y and writes δ = p − onehot(y).</summary>
    private static double CrossEntropyAndDelta(double[] logits, int label, double[] delta)
    {
        Losses.Softmax(logits, delta);
        delta[label] -= 1;
        return Losses.CrossEntropyFromLogits(logits, label);
    }

    /// <summary>Squared error: returns ℓ = (ŷ − y)² and writes δ = 2(ŷ − y).</summary>
    private static double SquaredErrorAndDelta(double[] output, double target, double[] delta)
    {
        double residual = output[0] - target;
        delta[0] = 2 * residual;
        return residual * residual;
    }

    /// <summary>
    /// Backpropagation for one example, from δ = ∂ℓ/∂z of the last layer down to the first, adding ∂ℓ/∂θ to
    /// <paramref name="gradient"/>: ∂W += δ aᵀ, ∂b += δ, then δ ← (Wᵀδ) ⊙ σ′(z) for the layer below.
    /// </summary>
    private void BackwardInto(ReadOnlySpan<double> parameters, MlpForwardPass pass, double[] outputDelta, Span<double> gradient)
    {
        double[] delta = outputDelta;
        for (int l = Layout.LayerCount - 1; l >= 0; l--)
        {
            double[] a = pass.Inputs[l];
            int weights = Layout.WeightOffset(l), biases = Layout.BiasOffset(l), fanIn = a.Length;
            for (int i = 0; i < delta.Length; i++)
            {
                gradient[biases + i] += delta[i];                                      // ∂b = δ
                for (int j = 0; j < fanIn; j++)
                    gradient[weights + i * fanIn + j] += delta[i] * a[j];               // ∂W = δ aᵀ
            }
            if (l == 0) break;

            double[] zBelow = pass.PreActivations[l - 1];
            var deltaBelow = new double[fanIn];
            for (int j = 0; j < fanIn; j++)
            {
                double sum = 0;                                                        // (Wᵀδ)_j
                for (int i = 0; i < delta.Length; i++)
                    sum += parameters[weights + i * fanIn + j] * delta[i];
                deltaBelow[j] = sum * Activations.Derivative(HiddenActivation, zBelow[j]);   // ⊙ σ′(z)
            }
            delta = deltaBelow;
        }
    }

    private void CheckOutputs(int expected, Dataset data)
    {
        if (OutputCount != expected)
            throw new ArgumentException(
                $"The network has {OutputCount} outputs but the data set '{data.Name}' needs {expected} " +
                (data.Labels is not null ? "(one per class)." : "(one regression target)."), nameof(data));
    }
}
