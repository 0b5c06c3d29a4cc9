using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class ClosedFormTests
{
    [Theory]
    [InlineData(1.0, 0.1)]
    [InlineData(10.0, 0.05)]
    [InlineData(4.0, 0.45)]   // 1 - lr L = -0.8: oscillates and converges
    [InlineData(2.0, 1.1)]    // 1 - lr L = -1.2: diverges, by exactly that factor
    public void Gradient_descent_on_a_quadratic_scales_the_error_by_1_minus_lr_L(double curvature, double learningRate)
    {
        var sgd = new Sgd(learningRate);
        var state = sgd.CreateState<double>(1);
        double[] x = [3.0];
        double factor = 1 - learningRate * curvature;
        for (int t = 1; t <= 40; t++)
        {
            double before = x[0];
            sgd.Step(x, [curvature * x[0]], state);
            Problems.AssertClose(factor * before, x[0], 1e-15, $"step {t}");
            Problems.AssertClose(3.0 * Math.Pow(factor, t), x[0], 1e-12, $"closed form at step {t}");
        }
    }

    public static TheoryData<string, double> SignLikeFirstSteps() => new()
    {
        { "Adam", 1.0 },
        { "AdamW", 1.0 },      // with weight decay 0
        { "Adamax", 1.0 },
        { "Adagrad", 1.0 },
        { "RmsProp", 10.0 },   // 1 / sqrt(1 - alpha) with alpha = 0.99
    };

    private static Optimizer SignLike(string name, double learningRate) => name switch
    {
        "Adam" => new Adam(learningRate),
        "AdamW" => new AdamW(learningRate, weightDecay: 0),
        "Adamax" => new Adamax(learningRate),
        "Adagrad" => new Adagrad(learningRate),
        "RmsProp" => new RmsProp(learningRate),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(SignLikeFirstSteps))]
    public void First_step_is_about_learning_rate_times_sign_of_gradient(string name, double factor)
    {
        const double learningRate = 0.01;
        double[] gradients = [0.2, -0.5, 3.0, -1e4, 123.4, -0.25, 1e6];
        var optimizer = SignLike(name, learningRate);
        var state = optimizer.CreateState<double>(gradients.Length);
        var x = new double[gradients.Length];
        optimizer.Step(x, gradients, state);
        for (int i = 0; i < x.Length; i++)
        {
            double expected = -factor * learningRate * Math.Sign(gradients[i]);
            Assert.True(Math.Abs(x[i] - expected) <= factor * learningRate * 1e-6,
                $"{name}, g = {gradients[i]}: first step {x[i]:R}, expected about {expected}");
        }
    }

    [Fact]
    public void First_RAdam_step_is_plain_Sgd_because_it_is_not_rectified()
    {
        double[] gradients = [0.05, -0.5, 3.0, -1e4];
        var radam = new RAdam(0.01);
        var state = radam.CreateState<double>(gradients.Length);
        var x = new double[gradients.Length];
        radam.Step(x, gradients, state);
        for (int i = 0; i < x.Length; i++) Problems.AssertClose(-0.01 * gradients[i], x[i], 1e-15, $"x[{i}]");
    }

    [Fact]
    public void RAdam_starts_rectifying_at_the_step_where_rho_exceeds_five()
    {
        // beta2 = 0.999: rho_t = rho_inf - 2 t beta2^t / (1 - beta2^t) first exceeds 5 at t = 6.
        double rhoInf = 2 / (1 - 0.999) - 1;
        double Rho(int t) => rhoInf - 2 * t * Math.Pow(0.999, t) / (1 - Math.Pow(0.999, t));
        Assert.True(Rho(5) <= 5 && Rho(6) > 5);

        var radam = new RAdam(0.01);
        var state = radam.CreateState<double>(1);
        double[] x = [0];
        for (int t = 1; t <= 5; t++)
        {
            double before = x[0];
            radam.Step(x, [1.0], state);  // constant gradient: m̂ = 1, an unrectified step is exactly -lr
            Problems.AssertClose(-0.01, x[0] - before, 1e-12, $"step {t}");
        }
        double beforeSix = x[0];
        radam.Step(x, [1.0], state);
        double r = Math.Sqrt((Rho(6) - 4) * (Rho(6) - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * Rho(6)));
        // l = sqrt(1 - beta2^t) / (sqrt(v) + eps) with v = 1 - beta2^t for a constant unit gradient.
        double l = Math.Sqrt(1 - Math.Pow(0.999, 6)) / (Math.Sqrt(1 - Math.Pow(0.999, 6)) + 1e-8);
        Problems.AssertClose(-0.01 * l * r, x[0] - beforeSix, 1e-10, "step 6");
        Assert.InRange(r, 0.01, 0.2);
    }

    [Fact]
    public void Adagrad_step_shrinks_like_one_over_square_root_of_t()
    {
        // Constant gradient g: sum = t g^2, so step t is lr g / (sqrt(t) |g| + eps).
        var adagrad = new Adagrad(0.5);
        var state = adagrad.CreateState<double>(1);
        double[] x = [0];
        for (int t = 1; t <= 20; t++)
        {
            double before = x[0];
            adagrad.Step(x, [2.0], state);
            Problems.AssertClose(-0.5 * 2.0 / (Math.Sqrt(t) * 2.0 + 1e-10), x[0] - before, 1e-13, $"step {t}");
        }
    }
}
