namespace Descent.Optimizers;

/// <summary>
/// The one list of the library's optimizers. Tests run over it (defaults, rejected values, golden values, fast path,
/// state, zero gradients) and lessons pick from it by type, e.g. <c>OptimizerRegistry.Of&lt;Adam&gt;().Create(0.01)</c>.
/// A new optimizer is its class, one entry here, its golden values in <c>golden_values.py</c> and a README row.
/// </summary>
public static class OptimizerRegistry
{
    /// <summary>Number of steps the golden values are taken after.</summary>
    public const int GoldenSteps = 8;

    /// <summary>The golden problem f(x) = 1/2 Σ c_i x_i², with these c_i, restricted to the first n coordinates.</summary>
    public static IReadOnlyList<double> GoldenCurvatures { get; } = [1.0, 10.0, 0.1, 2.0, 0.5, 5.0];

    /// <summary>Where the golden problem starts.</summary>
    public static IReadOnlyList<double> GoldenStart { get; } = [1.5, -2.0, 0.25, -0.5, 1.0, 3.0];

    /// <summary>One entry per optimizer class.</summary>
    public static IReadOnlyList<OptimizerEntry> Entries { get; } =
    [
        new(typeof(Sgd), lr => new Sgd(lr),
            Defaults(("learningRate", 1e-3), ("momentum", 0.0), ("dampening", 0.0), ("weightDecay", 0.0), ("nesterov", false)),
            [("learningRate", -0.1), ("learningRate", double.NaN), ("learningRate", double.PositiveInfinity), ("momentum", -0.5),
             ("momentum", double.NaN), ("dampening", 1.5), ("dampening", -0.1), ("weightDecay", -1e-4)],
            [
                new("Sgd", 0.1, false, lr => new Sgd(lr), [0.6457008150000001, 0.0, 0.23068617360698004]),
                new("SgdNesterov", 0.1, false, lr => new Sgd(lr, momentum: 0.9, nesterov: true),
                    [-0.5909909013384493, 0.0, 0.17236423816421115]),
                new("SgdDampened", 0.05, true, lr => new Sgd(lr, momentum: 0.8, dampening: 0.3, weightDecay: 0.1),
                    [0.3536145722040185, -0.5947090797548492, 0.20782276945699246]),
            ]),
        new(typeof(Adagrad), lr => new Adagrad(lr),
            Defaults(("learningRate", 1e-2), ("learningRateDecay", 0.0), ("weightDecay", 0.0), ("initialAccumulatorValue", 0.0), ("epsilon", 1e-10)),
            [("learningRate", -1), ("learningRateDecay", -0.1), ("weightDecay", double.NegativeInfinity), ("initialAccumulatorValue", -0.2),
             ("epsilon", 0), ("epsilon", -1e-10)],
            [
                new("Adagrad", 0.1, false, lr => new Adagrad(lr), [1.0892633443515856, -1.5822515391405823, 0.01012470549046843]),
                new("AdagradDecay", 0.1, true, lr => new Adagrad(lr, learningRateDecay: 0.5, weightDecay: 0.05, initialAccumulatorValue: 0.2),
                    [1.271900151302534, -1.7647762175817518, 0.22115382353347346]),
            ]),
        new(typeof(RmsProp), lr => new RmsProp(lr),
            Defaults(("learningRate", 1e-2), ("alpha", 0.99), ("epsilon", 1e-8), ("weightDecay", 0.0), ("momentum", 0.0), ("centered", false)),
            [("learningRate", double.NaN), ("alpha", -0.01), ("alpha", 1.01), ("epsilon", 0), ("weightDecay", -2), ("momentum", -0.9)],
            [
                new("RmsProp", 0.01, false, lr => new RmsProp(lr), [1.086412739599179, -1.5793518865092429, 0.009550290380366058]),
                new("RmsPropCenteredMomentum", 0.01, true, lr => new RmsProp(lr, centered: true, momentum: 0.9, weightDecay: 0.1),
                    [-0.04838271668296837, -0.3725199667501393, -0.020757286213612933]),
            ]),
        new(typeof(Adadelta), lr => new Adadelta(lr),
            Defaults(("learningRate", 1.0), ("rho", 0.9), ("epsilon", 1e-6), ("weightDecay", 0.0)),
            [("learningRate", -1), ("rho", 1.5), ("rho", -0.5), ("epsilon", double.NaN), ("weightDecay", -0.5)],
            [
                new("Adadelta", 1.0, false, lr => new Adadelta(lr), [1.4733853708053448, -1.9733511605172616, 0.22428207567947542]),
                new("AdadeltaDecay", 0.5, true, lr => new Adadelta(lr, rho: 0.5, weightDecay: 0.1),
                    [1.4921270667438409, -1.9921253132713375, 0.2421670491959575]),
            ]),
        new(typeof(Adam), lr => new Adam(lr),
            Defaults(("learningRate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 0.0), ("amsGrad", false)),
            [("learningRate", -1e-3), ("beta1", 1.0), ("beta1", -0.1), ("beta2", 1.0), ("beta2", double.NaN), ("epsilon", 0), ("weightDecay", -0.01)],
            [
                new("Adam", 0.1, false, lr => new Adam(lr), [0.718700555113327, -1.2123369414388547, -0.09621547511471945]),
                new("AdamAmsGrad", 0.1, true, lr => new Adam(lr, amsGrad: true, weightDecay: 0.1),
                    [0.7187005545968518, -1.212336941434674, -0.09621543384903813]),
            ]),
        new(typeof(AdamW), lr => new AdamW(lr),
            Defaults(("learningRate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 1e-2), ("amsGrad", false)),
            [("learningRate", double.PositiveInfinity), ("beta1", 2), ("beta2", -0.999), ("epsilon", -1e-8), ("weightDecay", -1e-2)],
            [
                new("AdamW", 0.1, true, lr => new AdamW(lr), [0.7098767343415465, -1.1994753220156023, -0.09556045180563774]),
                new("AdamWAmsGrad", 0.1, true, lr => new AdamW(lr, weightDecay: 0.5, amsGrad: true),
                    [0.3592555096014681, -0.6820382914716756, -0.06616047280950747]),
            ]),
        new(typeof(NAdam), lr => new NAdam(lr),
            Defaults(("learningRate", 2e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 0.0), ("momentumDecay", 4e-3)),
            [("learningRate", -2e-3), ("beta1", 1.1), ("beta2", 1), ("epsilon", 0), ("weightDecay", -1), ("momentumDecay", -4e-3)],
            [
                new("NAdam", 0.1, false, lr => new NAdam(lr), [0.9085241242613105, -1.3950259889124812, -0.020156485449573693]),
                new("NAdamDecay", 0.1, true, lr => new NAdam(lr, weightDecay: 0.1, momentumDecay: 0.1),
                    [0.9099876781894397, -1.3967194573904858, -0.02109109476445094]),
            ]),
        new(typeof(RAdam), lr => new RAdam(lr),
            Defaults(("learningRate", 1e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 0.0)),
            [("learningRate", -1), ("beta1", -1), ("beta2", 1), ("epsilon", 0), ("weightDecay", -3)],
            [
                new("RAdam", 0.1, false, lr => new RAdam(lr), [0.8194587650098674, 0.6398810674659839, 0.22795185975213275]),
                new("RAdamRectified", 0.1, true, lr => new RAdam(lr, beta2: 0.8, weightDecay: 0.1),
                    [0.5484567738189193, 0.14005638168908918, 0.1195239799563418]),
            ]),
        new(typeof(Adamax), lr => new Adamax(lr),
            Defaults(("learningRate", 2e-3), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 0.0)),
            [("learningRate", double.NaN), ("beta1", 1), ("beta2", 1.5), ("epsilon", -1), ("weightDecay", -0.5)],
            [
                new("Adamax", 0.1, false, lr => new Adamax(lr), [0.7972206872481153, -1.2732003220763706, -0.09088605813805964]),
                new("AdamaxDecay", 0.1, true, lr => new Adamax(lr, beta1: 0.5, beta2: 0.9, weightDecay: 0.1),
                    [0.6494755048501315, -1.1634125999066767, -0.0006230104151702161]),
            ]),
        new(typeof(Lion), lr => new Lion(lr),
            Defaults(("learningRate", 1e-4), ("beta1", 0.9), ("beta2", 0.99), ("weightDecay", 0.0)),
            [("learningRate", -1e-4), ("beta1", 1.5), ("beta1", -0.1), ("beta2", 1.01), ("beta2", double.NaN), ("weightDecay", -0.1)],
            [
                new("Lion", 0.1, false, lr => new Lion(lr),
                    [0.6999999999999997, -1.1999999999999993, 0.04999999999999999, 0.09999999999999998, 0.20000000000000015, 2.1999999999999993]),
                new("LionDecay", 0.05, true, lr => new Lion(lr, beta1: 0.8, beta2: 0.9, weightDecay: 0.5),
                    [0.8582813128179162, -1.2666072146490475, -0.16253344175991064, -0.04162950915565489, 0.4499554109867855, 2.083259018311311]),
            ]),
        new(typeof(Adafactor), lr => new Adafactor(lr),
            Defaults(("learningRate", 1e-2), ("beta2Decay", -0.8), ("epsilon1", null), ("epsilon2", 1e-3), ("clippingThreshold", 1.0), ("weightDecay", 0.0)),
            [("learningRate", -0.01), ("beta2Decay", 0.5), ("beta2Decay", double.NaN), ("epsilon1", -1e-30), ("epsilon2", -1e-3),
             ("clippingThreshold", 0.5), ("clippingThreshold", double.PositiveInfinity), ("weightDecay", -0.1)],
            [
                new("Adafactor", 0.1, false, lr => new Adafactor(lr),
                    [0.6092810777290525, -1.065297386272966, 4.497323025495237e-06, -0.002928182133890596, 0.20828839299500682, 2.025535550477549]),
                new("AdafactorFactored", 0.1, true, lr => new Adafactor(lr, weightDecay: 0.1, clippingThreshold: 1.5),
                    [0.5272810933160738, -0.8435314941878157, 0.2284515500088656, -0.027706450242198588, 0.8787963947373757, 1.428200858041027])
                    { Layout = WideMatrix },
                new("AdafactorMixed", 0.5, false, lr => new Adafactor(lr, beta2Decay: -0.5, epsilon1: 1e-30, epsilon2: 1e-2),
                    [0.06096270552524885, -0.340039809400899, 3.2067688723640644e-07, -0.0003003777367981367, 2.516981198402927e-06, 0.35411892132636147])
                    { Layout = MatrixAndVector },
            ])
        {
            NoSeparateFastPath = "Each tensor needs reductions (its RMS, the row and column means of G², the RMS of the update) "
                + "before its update, so the step is several passes per tensor written once; the readable loop is the step.",
        },
        new(typeof(Muon), lr => new Muon(lr),
            Defaults(("learningRate", 1e-3), ("weightDecay", 0.1), ("momentum", 0.95), ("nesterov", true), ("epsilon", 1e-7),
                ("newtonSchulzSteps", 5), ("learningRateAdjustment", MuonLearningRateAdjustment.Original)),
            [("learningRate", -1e-3), ("weightDecay", -0.1), ("momentum", -0.5), ("momentum", double.NaN), ("epsilon", 0),
             ("newtonSchulzSteps", -1), ("newtonSchulzSteps", 100)],
            [
                new("Muon", 0.1, true, lr => new Muon(lr),
                    [1.313875105651304, -1.0138888704852766, 0.22680785462614256, -0.4144938625178207, 0.9016247044688885, 2.087939311514939])
                    { Layout = WideMatrix },
                new("MuonTall", 0.1, false, lr => new Muon(lr, weightDecay: 0, nesterov: false, learningRateAdjustment: MuonLearningRateAdjustment.MatchRmsAdamW),
                    [1.366039444651334, -1.8503608655854527, 0.2515193613795972, -0.49212841858732, 0.8337763360432235, 2.8777083427875922])
                    { Layout = TallMatrix },
            ])
        {
            MatricesOnly = true,
            NoSeparateFastPath = "The step is matrix products per weight matrix (the Newton–Schulz iteration), not an elementwise "
                + "kernel, so it is written once; the readable loop is the step.",
        },
        new(typeof(ScheduleFreeAdamW), lr => new ScheduleFreeAdamW(lr),
            Defaults(("learningRate", 0.0025), ("beta1", 0.9), ("beta2", 0.999), ("epsilon", 1e-8), ("weightDecay", 0.0), ("warmupSteps", 0),
                ("averagePower", 0.0), ("weightLearningRatePower", 2.0)),
            [("learningRate", -1), ("beta1", 0), ("beta1", 1), ("beta2", 1), ("epsilon", 0), ("weightDecay", -1), ("warmupSteps", -1),
             ("averagePower", -1), ("weightLearningRatePower", double.NaN)],
            [
                new("ScheduleFreeAdamW", 0.1, false, lr => new ScheduleFreeAdamW(lr),
                    [1.0430370013925188, -1.5355992192988712, -0.01611039173275206, -0.11276807270034384, 0.5587917600432004, 2.5284508406735378]),
                new("ScheduleFreeAdamWWarmup", 0.1, true,
                    lr => new ScheduleFreeAdamW(lr, beta1: 0.8, weightDecay: 0.1, warmupSteps: 3, averagePower: 1, weightLearningRatePower: 1),
                    [0.9528173114536479, -1.41645371323686, -0.010677122829990856, -0.09574693915123599, 0.500471753855344, 2.3545538726337356]),
            ]),
    ];

    /// <summary>Every case of every entry, in registry order.</summary>
    public static IEnumerable<OptimizerCase> Cases => Entries.SelectMany(e => e.Cases);

    /// <summary>The entry of <typeparamref name="TOptimizer"/>.</summary>
    public static OptimizerEntry Of<TOptimizer>() where TOptimizer : Optimizer => Of(typeof(TOptimizer));

    /// <summary>The entry of <paramref name="type"/>.</summary>
    public static OptimizerEntry Of(Type type) =>
        Entries.SingleOrDefault(e => e.Type == type)
        ?? throw new KeyNotFoundException($"The registry has no entry for {type.Name}; it has: {string.Join(", ", Entries)}.");

    /// <summary>The case called <paramref name="key"/>.</summary>
    public static OptimizerCase Case(string key) =>
        Cases.SingleOrDefault(c => c.Key == key)
        ?? throw new KeyNotFoundException($"The registry has no case '{key}'.");

    private static Dictionary<string, object?> Defaults(params (string Parameter, object? Value)[] defaults) =>
        defaults.ToDictionary(d => d.Parameter, d => d.Value, StringComparer.Ordinal);

    // For optimizers that work per matrix: n parameters as the widest-to-square matrix (rows ≤ columns) they fill.
    private static ParameterLayout WideMatrix(int count)
    {
        int rows = 1;
        for (int r = 1; r * r <= count; r++) if (count % r == 0) rows = r;
        return ParameterLayout.Matrix(rows, count == 0 ? 0 : count / rows);
    }

    private static ParameterLayout TallMatrix(int count)
    {
        var wide = WideMatrix(count).Tensors[0];
        return ParameterLayout.Matrix(wide.Columns, wide.Rows);
    }

    // A third of the parameters as a bias vector after a weight matrix (6: a 2 × 2 matrix and 2 values).
    private static ParameterLayout MatrixAndVector(int count)
    {
        int vector = count / 3;
        var matrix = WideMatrix(count - vector).Tensors[0];
        return new ParameterLayout.Builder().AddMatrix("W", matrix.Rows, matrix.Columns).AddVector("b", vector).Build();
    }
}
