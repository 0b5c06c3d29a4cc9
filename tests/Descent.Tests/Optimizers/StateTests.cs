using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class StateTests
{
    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void A_clone_taken_mid_run_resumes_in_lockstep(string key)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        var random = new Random(11);
        var x = Problems.Random(random, 9);
        var state = c.CreateState<double>(optimizer, 9);
        for (int t = 0; t < 5; t++) optimizer.Step(x, Problems.Random(random, 9), state);

        var copy = state.Clone();
        var y = (double[])x.Clone();
        Assert.Equal(5, copy.Step);
        for (int t = 0; t < 20; t++)
        {
            var g = Problems.Random(random, 9);
            optimizer.Step(x, g, state);
            optimizer.Step(y, g, copy);
        }
        Assert.Equal(x, y);
        Assert.Equal(state.Step, copy.Step);
        foreach (var (name, buffer) in state.Buffers) Assert.Equal(buffer, copy[name]);
        Assert.Equal(state.Scalars, copy.Scalars);
    }

    [Theory]
    [MemberData(nameof(OptimizerCases.Keys), MemberType = typeof(OptimizerCases))]
    public void A_clone_is_deep(string key)
    {
        var c = OptimizerCases.Get(key);
        var optimizer = c.Optimizer();
        var state = c.CreateState<float>(optimizer, 4);
        optimizer.Step(new float[] { 1, 2, 3, 4 }, new float[] { 0.5f, -1, 2, 0.25f }, state);
        var copy = state.Clone();
        foreach (var (name, buffer) in copy.Buffers)
        {
            Assert.NotSame(state[name], buffer);
            Assert.Equal(state[name], buffer);
            buffer[0] = 1234;
            Assert.NotEqual(1234f, state[name][0]);
        }
        copy.Step = 40;
        Assert.Equal(1, state.Step);
    }

    public static TheoryData<string, string[]> ExpectedBuffers() => new()
    {
        { "Sgd", [] },
        { "SgdNesterov", [BufferNames.Momentum] },
        { "Adagrad", [BufferNames.Sum] },
        { "RmsProp", [BufferNames.SquareAverage] },
        { "RmsPropCenteredMomentum", [BufferNames.SquareAverage, BufferNames.Momentum, BufferNames.GradientAverage] },
        { "Adadelta", [BufferNames.SquareAverage, BufferNames.AccumulatedUpdate] },
        { "Adam", [BufferNames.FirstMoment, BufferNames.SecondMoment] },
        { "AdamWAmsGrad", [BufferNames.FirstMoment, BufferNames.SecondMoment, BufferNames.MaxSecondMoment] },
        { "NAdam", [BufferNames.FirstMoment, BufferNames.SecondMoment] },
        { "RAdam", [BufferNames.FirstMoment, BufferNames.SecondMoment] },
        { "Adamax", [BufferNames.FirstMoment, BufferNames.InfinityNorm] },
        { "Lion", [BufferNames.FirstMoment] },
        { "Adafactor", [Adafactor.Variance] },
        { "Muon", [BufferNames.Momentum] },
        { "ScheduleFreeAdamW", [ScheduleFreeAdamW.Z, BufferNames.SecondMoment] },
    };

    [Theory]
    [MemberData(nameof(ExpectedBuffers))]
    public void State_has_the_named_buffers_of_its_algorithm(string key, string[] names)
    {
        var c = OptimizerCases.Get(key);
        var state = c.CreateState<double>(c.Optimizer(), 6);
        Assert.Equal(names.Order(), state.Buffers.Keys.Order());
        Assert.All(state.Buffers.Values, b => Assert.Equal(6, b.Length));
        Assert.Equal(0, state.Step);
        Assert.Equal(6, state.ParameterCount);
    }

    [Fact]
    public void Adagrad_starts_the_sum_at_the_initial_accumulator_value()
    {
        var state = new Adagrad(initialAccumulatorValue: 0.3).CreateState<float>(3);
        Assert.Equal(new[] { 0.3f, 0.3f, 0.3f }, state[BufferNames.Sum]);
    }

    [Fact]
    public void ToString_shows_the_step_and_the_buffers()
    {
        var adam = new Adam(0.1);
        var state = adam.CreateState<double>(6);
        for (int t = 0; t < 3; t++) adam.Step(new double[6], [1, 2, 3, 4, 5, 6], state);
        string text = state.ToString();
        Assert.Contains("step 3", text);
        Assert.Contains("6 parameters", text);
        Assert.Contains("FirstMoment [0.271, 0.542", text);  // m_3 = (1 - 0.9^3) g
        Assert.Contains("...", text);
        Assert.Contains("SecondMoment", text);
        Assert.Contains("MuProduct 0.45", new NAdam().Let(n => { var s = n.CreateState<double>(1); n.Step(new double[1], [1.0], s); return s.ToString(); }));
    }

    [Fact]
    public void Unknown_buffer_name_is_a_clear_error()
    {
        var state = new Adam().CreateState<double>(2);
        var error = Assert.Throws<KeyNotFoundException>(() => state["Velocity"]);
        Assert.Contains("Velocity", error.Message);
        Assert.Contains(BufferNames.FirstMoment, error.Message);
    }

    [Fact]
    public void Gradient_of_another_length_is_rejected_naming_both_lengths()
    {
        var sgd = new Sgd();
        var state = sgd.CreateState<double>(3);
        var error = Assert.Throws<ArgumentException>(() => sgd.Step(new double[3], new double[2], state));
        Assert.Equal("gradients", error.ParamName);
        Assert.Contains("2", error.Message);
        Assert.Contains("3", error.Message);
        Assert.Equal(0, state.Step);
    }

    [Fact]
    public void State_of_another_size_is_rejected_naming_both_lengths()
    {
        var adam = new Adam();
        var state = adam.CreateState<float>(5);
        var error = Assert.Throws<ArgumentException>(() => adam.Step(new float[4], new float[4], state));
        Assert.Equal("state", error.ParamName);
        Assert.Contains("5", error.Message);
        Assert.Contains("4", error.Message);
    }

    [Fact]
    public void State_of_another_optimizer_is_rejected()
    {
        var state = new Sgd().CreateState<double>(2);
        var error = Assert.Throws<ArgumentException>(() => new Adam().Step(new double[2], new double[2], state));
        Assert.Equal("state", error.ParamName);
        Assert.Contains(BufferNames.FirstMoment, error.Message);
    }

    [Fact]
    public void Negative_parameter_count_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Adam().CreateState<double>(-1));
}

internal static class FunctionalExtensions
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
