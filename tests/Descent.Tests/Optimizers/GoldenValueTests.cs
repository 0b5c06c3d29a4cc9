using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class GoldenValueTests
{
    // Parameters after 8 steps on f(x) = 1/2 sum c_i x_i^2, c = (1, 10, 0.1), from (1.5, -2, 0.25), computed in float64
    // by golden_values.py, a scalar transcription of PyTorch's algorithm boxes (torch.optim _single_tensor_*).
    private static readonly Dictionary<string, double[]> AfterEightSteps = new()
    {
        ["Sgd"] = [0.6457008150000001, 0.0, 0.23068617360698004],
        ["SgdNesterov"] = [-0.5909909013384493, 0.0, 0.17236423816421115],
        ["SgdDampened"] = [0.3536145722040185, -0.5947090797548492, 0.20782276945699246],
        ["Adagrad"] = [1.0892633443515856, -1.5822515391405823, 0.01012470549046843],
        ["AdagradDecay"] = [1.271900151302534, -1.7647762175817518, 0.22115382353347346],
        ["RmsProp"] = [1.086412739599179, -1.5793518865092429, 0.009550290380366058],
        ["RmsPropCenteredMomentum"] = [-0.04838271668296837, -0.3725199667501393, -0.020757286213612933],
        ["Adadelta"] = [1.4733853708053448, -1.9733511605172616, 0.22428207567947542],
        ["AdadeltaDecay"] = [1.4921270667438409, -1.9921253132713375, 0.2421670491959575],
        ["Adam"] = [0.718700555113327, -1.2123369414388547, -0.09621547511471945],
        ["AdamAmsGrad"] = [0.7187005545968518, -1.212336941434674, -0.09621543384903813],
        ["AdamW"] = [0.7098767343415465, -1.1994753220156023, -0.09556045180563774],
        ["AdamWAmsGrad"] = [0.3592555096014681, -0.6820382914716756, -0.06616047280950747],
        ["NAdam"] = [0.9085241242613105, -1.3950259889124812, -0.020156485449573693],
        ["NAdamDecay"] = [0.9099876781894397, -1.3967194573904858, -0.02109109476445094],
        ["RAdam"] = [0.8194587650098674, 0.6398810674659839, 0.22795185975213275],
        ["RAdamRectified"] = [0.5484567738189193, 0.14005638168908918, 0.1195239799563418],
        ["Adamax"] = [0.7972206872481153, -1.2732003220763706, -0.09088605813805964],
        ["AdamaxDecay"] = [0.6494755048501315, -1.1634125999066767, -0.0006230104151702161],
    };

    [Fact]
    public void EveryCaseHasGoldenValues() =>
        Assert.Equal(OptimizerCases.All.Select(c => c.Key).Order(), AfterEightSteps.Keys.Order());

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void OptimizerReproducesTheGoldenValues(string key)
    {
        var optimizer = OptimizerCases.Get(key).Optimizer();
        var state = optimizer.CreateState<double>(3);
        var x = Problems.QuadraticStart();
        for (int t = 0; t < 8; t++) optimizer.Step(x, Problems.QuadraticGradient(x), state);

        for (int i = 0; i < 3; i++)
            Problems.AssertClose(AfterEightSteps[key][i], x[i], 1e-13, $"{key} x[{i}]");
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void OracleReproducesTheGoldenValues(string key)
    {
        var box = OptimizerCases.Get(key).Box();
        var x = Problems.QuadraticStart();
        for (int t = 0; t < 8; t++) box.Step(x, Problems.QuadraticGradient(x));

        for (int i = 0; i < 3; i++)
            Problems.AssertClose(AfterEightSteps[key][i], x[i], 1e-13, $"{key} oracle x[{i}]");
    }

    public static TheoryData<string, string> KeysAndProblems()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in OptimizerCases.All)
        {
            data.Add(c.Key, "Quadratic");
            data.Add(c.Key, "Rosenbrock");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KeysAndProblems))]
    public void OptimizerFollowsTheAlgorithmBoxFor300Steps(string key, string problem)
    {
        var c = OptimizerCases.Get(key);
        bool rosenbrock = problem == "Rosenbrock";
        double learningRate = rosenbrock ? 1e-3 : c.LearningRate;
        var optimizer = c.Create(learningRate);
        var box = c.Oracle(learningRate);
        Func<double[], double[]> gradient = rosenbrock ? Problems.RosenbrockGradient : Problems.QuadraticGradient;
        var x = rosenbrock ? Problems.RosenbrockStart() : Problems.QuadraticStart();
        var y = (double[])x.Clone();
        var state = optimizer.CreateState<double>(x.Length);

        for (int t = 1; t <= 300; t++)
        {
            optimizer.Step(x, gradient(x), state);
            box.Step(y, gradient(y));
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(double.IsFinite(y[i]), $"{key} on {problem}: the oracle left the finite numbers at step {t}");
                Problems.AssertClose(y[i], x[i], 1e-12, $"{key} on {problem}, step {t}, x[{i}]");
            }
        }
        Assert.Equal(300, state.Step);
    }

    [Fact]
    public void NAdamKeepsTheProductOfItsMomentumCoefficients()
    {
        var nadam = new NAdam(0.1);
        var box = new NAdamBox(0.1);
        var state = nadam.CreateState<double>(3);
        Assert.Equal(1.0, state.Scalars[BufferNames.MuProduct]);
        var x = Problems.QuadraticStart();
        var y = Problems.QuadraticStart();
        double product = 1;
        for (int t = 1; t <= 5; t++)
        {
            nadam.Step(x, Problems.QuadraticGradient(x), state);
            box.Step(y, Problems.QuadraticGradient(y));
            product *= 0.9 * (1 - 0.5 * Math.Pow(0.96, t * 4e-3));
        }
        Assert.Equal(box.MuProduct, state.Scalars[BufferNames.MuProduct]);
        Problems.AssertClose(product, state.Scalars[BufferNames.MuProduct], 1e-15, "mu product");
        // mu_1 = 0.9 (1 - 0.5 * 0.96^0.004) = 0.4500734...: the product after five steps is about 0.0185.
        Assert.InRange(state.Scalars[BufferNames.MuProduct], 0.0184, 0.0186);
    }

    [Fact]
    public void FirstStepsOfAdamByHand()
    {
        // One coordinate, g = 2 every step, lr 0.1, default betas: m1 = 0.2, v1 = 0.004,
        // denom = sqrt(0.004)/sqrt(0.001) + 1e-8 = 2 + 1e-8, step size 0.1/0.1 = 1: x1 = 1 - 0.2/(2 + 1e-8).
        var adam = new Adam(0.1);
        var state = adam.CreateState<double>(1);
        double[] x = [1.0];
        adam.Step(x, [2.0], state);
        Problems.AssertClose(1 - 0.2 / (2 + 1e-8), x[0], 1e-15, "x1");
        Problems.AssertClose(0.2, state[BufferNames.FirstMoment][0], 1e-15, "m1");
        Problems.AssertClose(0.004, state[BufferNames.SecondMoment][0], 1e-15, "v1");
        // Constant gradient: m_t / (1 - beta1^t) = 2 and v_t / (1 - beta2^t) = 4 for all t, so every step is 0.1 * 2/(2 + 1e-8).
        adam.Step(x, [2.0], state);
        adam.Step(x, [2.0], state);
        Problems.AssertClose(1 - 3 * 0.2 / (2 + 1e-8), x[0], 1e-13, "x3");
    }
}
