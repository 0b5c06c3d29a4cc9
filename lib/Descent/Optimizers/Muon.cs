using System.Numerics;

namespace Descent.Optimizers;

/// <summary>How <see cref="Muon"/> scales its learning rate for a rows × columns matrix (PyTorch's <c>adjust_lr_fn</c>).</summary>
public enum MuonLearningRateAdjustment
{
    /// <summary>gamma · sqrt(max(1, rows / columns)) (Keller Jordan's original; PyTorch's default, "original").</summary>
    Original,
    /// <summary>0.2 · gamma · sqrt(max(rows, columns)), so the update's RMS matches AdamW's (Moonshot; "match_rms_adamw").</summary>
    MatchRmsAdamW,
}

/// <summary>
/// Muon, "MomentUm Orthogonalized by Newton–Schulz" (PyTorch <c>torch.optim.Muon</c>), for weight matrices only: each
/// matrix's momentum is replaced by (nearly) the closest semi-orthogonal matrix, so every direction of the update gets a
/// similar size. Give biases, embeddings and the output layer to another optimizer (AdamW, as the authors recommend;
/// see <see cref="OptimizerGroups"/>). For step t and each matrix, with learning rate gamma, weight decay lambda, momentum mu:
/// <code>
/// B     = lerp(B, G, 1 - mu)                                  = mu B + (1 - mu) G
/// U     = lerp(G, B, mu)  (Nesterov)   or   U = B
/// X     = U / max(‖U‖_F, epsilon)        (Uᵀ if rows &gt; columns, so that X Xᵀ is the smaller Gram matrix)
/// repeat k times:  A = X Xᵀ;  X = a X + (b A + c A A) X        (a, b, c) = (3.4445, -4.7750, 2.0315)
/// O     = X  (transposed back if it was transposed)
/// theta = theta * (1 - gamma * lambda)
/// theta = theta - gamma * sqrt(max(1, rows / columns)) * O    (the learning-rate adjustment, "original")
/// </code>
/// Defaults: learning rate 1e-3, weight decay 0.1, momentum 0.95, Nesterov, epsilon 1e-7, 5 Newton–Schulz steps,
/// the original adjustment. PyTorch runs the iteration in bfloat16; here it runs in float64 for both element types.
/// Sources: K. Jordan et al. (2024), "Muon: An optimizer for hidden layers in neural networks"
/// (kellerjordan.github.io/posts/muon); J. Liu et al. (2025), "Muon is Scalable for LLM Training".
/// </summary>
/// <remarks>
/// Deterministic: the Frobenius norm and the matrix products are sums in double, in index order, on the calling
/// thread (Muon never runs in parallel chunks), so a step gives the same bits whatever the machine's core count.
/// </remarks>
public sealed class Muon : Optimizer
{
    /// <summary>The quintic Newton–Schulz coefficients (a, b, c).</summary>
    public const double NewtonSchulzA = 3.4445, NewtonSchulzB = -4.7750, NewtonSchulzC = 2.0315;

    /// <summary>Creates Muon; throws <see cref="ArgumentOutOfRangeException"/> for an invalid hyperparameter.</summary>
    /// <param name="learningRate">gamma, finite and &gt;= 0.</param>
    /// <param name="weightDecay">lambda (decoupled), finite and &gt;= 0.</param>
    /// <param name="momentum">mu, finite and &gt;= 0.</param>
    /// <param name="nesterov">use the Nesterov form U = lerp(G, B, mu).</param>
    /// <param name="epsilon">lower bound of the norm the update is divided by, finite and &gt; 0.</param>
    /// <param name="newtonSchulzSteps">k, in [0, 100) (PyTorch's bound).</param>
    /// <param name="learningRateAdjustment">how gamma depends on the matrix's shape.</param>
    public Muon(double learningRate = 1e-3, double weightDecay = 0.1, double momentum = 0.95, bool nesterov = true,
        double epsilon = 1e-7, int newtonSchulzSteps = 5, MuonLearningRateAdjustment learningRateAdjustment = MuonLearningRateAdjustment.Original)
        : base(learningRate)
    {
        WeightDecay = Hyperparameter.NonNegative(weightDecay, nameof(weightDecay));
        Momentum = Hyperparameter.NonNegative(momentum, nameof(momentum));
        Nesterov = nesterov;
        Epsilon = Hyperparameter.Positive(epsilon, nameof(epsilon));
        if (newtonSchulzSteps is < 0 or >= 100)
            throw Hyperparameter.OutOfRange(nameof(newtonSchulzSteps), newtonSchulzSteps, "must be in [0, 100)");
        NewtonSchulzSteps = newtonSchulzSteps;
        if (!Enum.IsDefined(learningRateAdjustment))
            throw Hyperparameter.OutOfRange(nameof(learningRateAdjustment), learningRateAdjustment, "must be Original or MatchRmsAdamW");
        LearningRateAdjustment = learningRateAdjustment;
    }

    /// <summary>Lambda (decoupled), finite and &gt;= 0; default 0.1.</summary>
    public double WeightDecay { get; }
    /// <summary>Momentum factor mu, finite and &gt;= 0; default 0.95.</summary>
    public double Momentum { get; }
    /// <summary>Use the Nesterov form U = lerp(G, B, mu); default true.</summary>
    public bool Nesterov { get; }
    /// <summary>Lower bound of the norm the update is divided by, finite and &gt; 0; default 1e-7.</summary>
    public double Epsilon { get; }
    /// <summary>Newton–Schulz iterations K, in [0, 100) (PyTorch's bound); default 5.</summary>
    public int NewtonSchulzSteps { get; }
    /// <summary>How gamma depends on the matrix's shape; default Original.</summary>
    public MuonLearningRateAdjustment LearningRateAdjustment { get; }

    /// <inheritdoc/>
    public override string Name => "Muon";

    /// <summary>
    /// The quintic Newton–Schulz iteration on a rows × columns matrix (row-major), as <c>_zeropower_via_newtonschulz</c>:
    /// for the SVD U S Vᵀ of <paramref name="matrix"/> it gives about U S' Vᵀ with every singular value in S' roughly
    /// between 0.5 and 1.5 (the coefficients trade exactness for speed; U Vᵀ itself is the exact orthogonalization).
    /// Sums run in index order, so the result does not depend on threads or SIMD width.
    /// </summary>
    public static double[] Orthogonalize(ReadOnlySpan<double> matrix, int rows, int columns, int steps = 5, double epsilon = 1e-7)
    {
        if (matrix.Length != rows * columns)
            throw new ArgumentException($"matrix has {matrix.Length} values, not {rows} × {columns}.", nameof(matrix));
        bool transpose = rows > columns;
        int m = transpose ? columns : rows, n = transpose ? rows : columns;
        var x = new double[m * n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                x[i * n + j] = transpose ? matrix[j * columns + i] : matrix[i * columns + j];

        double sumOfSquares = 0;
        foreach (double v in x) sumOfSquares += v * v;
        double norm = Math.Max(Math.Sqrt(sumOfSquares), epsilon);
        for (int i = 0; i < x.Length; i++) x[i] = x[i] / norm;

        var gram = new double[m * m];
        var scaledGram = new double[m * m];
        var polynomial = new double[m * m];
        var next = new double[m * n];
        for (int s = 0; s < steps; s++)
        {
            // A = X Xᵀ
            for (int i = 0; i < m; i++)
                for (int j = 0; j < m; j++)
                {
                    double sum = 0;
                    for (int k = 0; k < n; k++) sum += x[i * n + k] * x[j * n + k];
                    gram[i * m + j] = sum;
                }
            // B = b A + (c A) A: Python's `b * A + c * A @ A` multiplies c into A before the product.
            for (int i = 0; i < gram.Length; i++) scaledGram[i] = NewtonSchulzC * gram[i];
            for (int i = 0; i < m; i++)
                for (int j = 0; j < m; j++)
                {
                    double sum = 0;
                    for (int k = 0; k < m; k++) sum += scaledGram[i * m + k] * gram[k * m + j];
                    polynomial[i * m + j] = NewtonSchulzB * gram[i * m + j] + sum;
                }
            // X = a X + B X
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                {
                    double sum = 0;
                    for (int k = 0; k < m; k++) sum += polynomial[i * m + k] * x[k * n + j];
                    next[i * n + j] = NewtonSchulzA * x[i * n + j] + sum;
                }
            (x, next) = (next, x);
        }

        if (!transpose) return x;
        var result = new double[rows * columns];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                result[j * columns + i] = x[i * n + j];
        return result;
    }

    private protected override void InitializeState<T>(OptimizerState<T> state)
    {
        foreach (var tensor in state.Layout.Tensors)
            if (!tensor.IsMatrix)
                throw new ArgumentException(
                    $"Muon works on matrices only, but {tensor} is a vector: give vectors (biases) to another optimizer with OptimizerGroups.",
                    "layout");
        state.AddBuffer(BufferNames.Momentum, 0);
    }

    private protected override void UpdateReference(Span<double> parameters, ReadOnlySpan<double> gradients, OptimizerState<double> state, double learningRate) =>
        Update(parameters, gradients, state, learningRate);

    private protected override void Update<T>(Span<T> parameters, ReadOnlySpan<T> gradients, OptimizerState<T> state, double learningRate)
    {
        Span<T> momentum = state.Buffer(BufferNames.Momentum);
        foreach (var tensor in state.Layout.Tensors)
        {
            Span<T> p = tensor.Of(parameters), b = tensor.Of(momentum);
            ReadOnlySpan<T> g = tensor.Of(gradients);
            var update = new double[tensor.Count];
            for (int i = 0; i < update.Length; i++)
            {
                double gi = double.CreateTruncating(g[i]);
                double bi = Lerp.Of(double.CreateTruncating(b[i]), gi, 1 - Momentum);
                b[i] = T.CreateTruncating(bi);
                update[i] = Nesterov ? Lerp.Of(gi, bi, Momentum) : bi;
            }
            var orthogonal = Orthogonalize(update, tensor.Rows, tensor.Columns, NewtonSchulzSteps, Epsilon);
            double adjusted = AdjustedLearningRate(learningRate, tensor.Rows, tensor.Columns);
            double shrink = 1 - learningRate * WeightDecay;
            for (int i = 0; i < p.Length; i++)
            {
                double pi = double.CreateTruncating(p[i]) * shrink;
                p[i] = T.CreateTruncating(pi + (-adjusted) * orthogonal[i]);
            }
        }
    }

    private double AdjustedLearningRate(double learningRate, int rows, int columns) => LearningRateAdjustment switch
    {
        MuonLearningRateAdjustment.MatchRmsAdamW => learningRate * (0.2 * Math.Sqrt(Math.Max(rows, columns))),
        _ => learningRate * Math.Sqrt(Math.Max(1, rows / (double)columns)),
    };
}
