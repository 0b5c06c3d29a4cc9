using System.Numerics;

namespace Descent.Optimizers;

/// <summary>
/// Adafactor (PyTorch <c>torch.optim.Adafactor</c>): an Adam-like second moment that, for a rows × columns matrix, keeps
/// only a row factor R (rows values) and a column factor C (columns values) instead of one value per parameter, and a
/// relative step size scaled by the parameters' RMS. Vectors keep an unfactored second moment V. For step t, per tensor:
/// <code>
/// beta2_t  = 1 - t^beta2Decay
/// rho_t    = min(gamma, 1 / sqrt(t))
/// alpha_t  = max(epsilon2, RMS(theta)) * rho_t
/// theta    = theta * (1 - gamma * lambda)
/// matrix:  R = lerp(R, mean_j G², 1 - beta2_t);  C = lerp(C, mean_i G², 1 - beta2_t)
///          V̂[i, j] = R[i] C[j] / max(mean_i R, epsilon1)
/// vector:  V = lerp(V, G², 1 - beta2_t);  V̂ = V
/// U        = G / sqrt(max(V̂, epsilon1²))
/// theta    = theta - alpha_t / max(1, RMS(U) / d) * U
/// </code>
/// Defaults: learning rate 1e-2, beta2 decay -0.8, epsilon1 the machine epsilon of the element type (PyTorch's None),
/// epsilon2 1e-3, clipping threshold d 1, weight decay 0. Means and RMS are sums in index order, so results are
/// deterministic; PyTorch's reductions may add in another order and differ in the last bits.
/// Paper: N. Shazeer, M. Stern (2018), "Adafactor: Adaptive Learning Rates with Sublinear Memory Cost", ICML.
/// </summary>
/// <remarks>
/// Deterministic: the tensor norms, the row and column sums of g² and the norm of the update are sums in double, in
/// index order, on the calling thread (Adafactor never runs in parallel chunks), so a step gives the same bits
/// whatever the machine's core count.
/// </remarks>
public sealed class Adafactor : Optimizer
{
    /// <summary>The row factors R of every matrix, one after another (PyTorch <c>row_var</c>).</summary>
    public const string RowVariance = "RowVariance";
    /// <summary>The column factors C of every matrix, one after another (PyTorch <c>col_var</c>).</summary>
    public const string ColumnVariance = "ColumnVariance";
    /// <summary>The second moments V of every vector, one after another (PyTorch <c>variance</c>).</summary>
    public const string Variance = "Variance";

    /// <summary>Creates Adafactor; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma (the largest relative step and the weight decay's scale), finite and &gt;= 0.</param>
    /// <param name="beta2Decay">the exponent of t in 1 - beta2_t, finite and &lt;= 0.</param>
    /// <param name="epsilon1">floor of the second moment's root; null means the element type's machine epsilon; else finite and &gt;= 0.</param>
    /// <param name="epsilon2">floor of the parameters' RMS in the step size, finite and &gt;= 0.</param>
    /// <param name="clippingThreshold">d: an update whose RMS exceeds d is scaled down to RMS d, finite and &gt;= 1.</param>
    /// <param name="weightDecay">lambda (decoupled), finite and &gt;= 0.</param>
    public Adafactor(double learningRate = 1e-2, double beta2Decay = -0.8, double? epsilon1 = null, double epsilon2 = 1e-3,
        double clippingThreshold = 1.0, double weightDecay = 0)
        : base(learningRate)
    {
        if (!(double.IsFinite(beta2Decay) && beta2Decay <= 0)) throw Hyperparameter.OutOfRange(nameof(beta2Decay), beta2Decay, "must be finite and <= 0");
        Beta2Decay = beta2Decay;
        Epsilon1 = epsilon1 is { } e1 ? Hyperparameter.NonNegative(e1, nameof(epsilon1)) : null;
        Epsilon2 = Hyperparameter.NonNegative(epsilon2, nameof(epsilon2));
        if (!(double.IsFinite(clippingThreshold) && clippingThreshold >= 1))
            throw Hyperparameter.OutOfRange(nameof(clippingThreshold), clippingThreshold, "must be finite and >= 1");
        ClippingThreshold = clippingThreshold;
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
    }

    /// <summary>The exponent of t in 1 - beta2_t, finite and &lt;= 0; default -0.8.</summary>
    public double Beta2Decay { get; }
    /// <summary>Floor of the second moment's root; null (the default) means the element type's machine epsilon; else finite and &gt;= 0.</summary>
    public double? Epsilon1 { get; }
    /// <summary>Floor of the parameters' RMS in the step size, finite and &gt;= 0; default 1e-3.</summary>
    public double Epsilon2 { get; }
    /// <summary>D: an update whose RMS exceeds d is scaled down to RMS d, finite and &gt;= 1; default 1.</summary>
    public double ClippingThreshold { get; }
    /// <summary>Lambda (decoupled), finite and &gt;= 0; default 0.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc/>
    public override string Name => "Adafactor";

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        var matrices = state.Layout.Tensors.Where(t => t.IsMatrix).ToList();
        var vectors = state.Layout.Tensors.Where(t => !t.IsMatrix).ToList();
        if (matrices.Count > 0)
        {
            state.AddBuffer(RowVariance, 0, matrices.Sum(t => t.Rows));
            state.AddBuffer(ColumnVariance, 0, matrices.Sum(t => t.Columns));
        }
        if (vectors.Count > 0) state.AddBuffer(Variance, 0, vectors.Sum(t => t.Count));
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate) =>
        Update(parameters, gradients, state, learningRate);

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        double t = state.Step;
        double oneMinusBeta2 = Math.Pow(t, Beta2Decay);
        double rho = Math.Min(learningRate, 1 / Math.Pow(t, 0.5));
        double epsilon1 = Epsilon1 ?? double.CreateTruncating(T.BitIncrement(T.One) - T.One);
        int rowOffset = 0, columnOffset = 0, vectorOffset = 0;
        foreach (var tensor in state.Layout.Tensors)
        {
            Span<T> p = tensor.Of(parameters);
            ReadOnlySpan<T> g = tensor.Of(gradients);
            int count = tensor.Count;
            double alpha = Math.Max(Epsilon2, Norm(p) / Math.Pow(count, 0.5)) * rho;
            if (WeightDecay != 0)
                for (int i = 0; i < count; i++) p[i] = T.CreateTruncating(double.CreateTruncating(p[i]) * (1 - learningRate * WeightDecay));

            var update = new double[count];
            if (tensor.IsMatrix)
            {
                int rows = tensor.Rows, columns = tensor.Columns;
                Span<T> r = state.Buffer(RowVariance).Slice(rowOffset, rows);
                Span<T> c = state.Buffer(ColumnVariance).Slice(columnOffset, columns);
                rowOffset += rows;
                columnOffset += columns;
                // PyTorch: vector_norm(grad, dim).square_().div_(size): the root is taken, then squared.
                for (int i = 0; i < rows; i++)
                {
                    double norm = Norm(g.Slice(i * columns, columns));
                    r[i] = T.CreateTruncating(Lerp.Of(double.CreateTruncating(r[i]), norm * norm / columns, oneMinusBeta2));
                }
                for (int j = 0; j < columns; j++)
                {
                    double sum = 0;
                    for (int i = 0; i < rows; i++) sum += Square(g[i * columns + j]);
                    double norm = Math.Sqrt(sum);
                    c[j] = T.CreateTruncating(Lerp.Of(double.CreateTruncating(c[j]), norm * norm / rows, oneMinusBeta2));
                }
                double rowSum = 0;
                for (int i = 0; i < rows; i++) rowSum += double.CreateTruncating(r[i]);
                double rowMean = Math.Max(rowSum / rows, epsilon1);
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < columns; j++)
                        update[i * columns + j] = double.CreateTruncating(r[i]) * double.CreateTruncating(c[j]) / rowMean;
            }
            else
            {
                Span<T> v = state.Buffer(Variance).Slice(vectorOffset, count);
                vectorOffset += count;
                for (int i = 0; i < count; i++)
                {
                    double gi = double.CreateTruncating(g[i]);
                    v[i] = T.CreateTruncating(Lerp.Of(double.CreateTruncating(v[i]), gi * gi, oneMinusBeta2));
                    update[i] = double.CreateTruncating(v[i]);
                }
            }

            double updateSumOfSquares = 0;
            for (int i = 0; i < count; i++)
            {
                update[i] = 1 / Math.Sqrt(Math.Max(update[i], epsilon1 * epsilon1)) * double.CreateTruncating(g[i]);
                updateSumOfSquares += update[i] * update[i];
            }
            double denominator = Math.Max(1.0, Math.Sqrt(updateSumOfSquares) / (Math.Pow(count, 0.5) * ClippingThreshold));
            double step = -alpha / denominator;
            for (int i = 0; i < count; i++) p[i] = T.CreateTruncating(double.CreateTruncating(p[i]) + step * update[i]);
        }
    }

    private static double Square<T>(T value) where T : unmanaged, IFloatingPointIeee754<T>
    {
        double v = double.CreateTruncating(value);
        return v * v;
    }

    /// <summary>The Euclidean norm, summing squares in index order.</summary>
    private static double Norm<T>(ReadOnlySpan<T> values) where T : unmanaged, IFloatingPointIeee754<T>
    {
        double sum = 0;
        foreach (var v in values) sum += Square(v);
        return Math.Sqrt(sum);
    }

    private static double Norm<T>(Span<T> values) where T : unmanaged, IFloatingPointIeee754<T> => Norm((ReadOnlySpan<T>)values);
}
