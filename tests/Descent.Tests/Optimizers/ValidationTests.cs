using System.Globalization;
using Descent.Optimizers;

namespace Descent.Tests.Optimizers;

public class ValidationTests
{
    public static TheoryData<string, string, double> BadHyperparameters()
    {
        var data = new TheoryData<string, string, double>();
        foreach (var entry in OptimizerRegistry.Entries)
            foreach (var (parameter, value) in entry.BadValues) data.Add(entry.Type.Name, parameter, value);
        return data;
    }

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var entry in OptimizerRegistry.Entries) data.Add(entry.Type.Name);
        return data;
    }

    private static OptimizerEntry Entry(string kind) => OptimizerRegistry.Entries.Single(e => e.Type.Name == kind);

    private static System.Reflection.ConstructorInfo Constructor(string kind) => Assert.Single(Entry(kind).Type.GetConstructors());

    /// <summary>The optimizer built with the registry's defaults except <paramref name="parameter"/> = <paramref name="value"/>.</summary>
    private static Optimizer Build(string kind, string parameter, double value)
    {
        var entry = Entry(kind);
        var arguments = Constructor(kind).GetParameters()
            .Select(p => p.Name == parameter ? Convert.ChangeType(value, Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType, CultureInfo.InvariantCulture)
                : entry.Defaults[p.Name!])
            .ToArray();
        try
        {
            return (Optimizer)Constructor(kind).Invoke(arguments);
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    [Theory]
    [MemberData(nameof(BadHyperparameters))]
    public void A_bad_hyperparameter_is_rejected_naming_the_parameter_and_the_value(string kind, string parameter, double value)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Build(kind, parameter, value));
        Assert.Equal(parameter, error.ParamName);
        Assert.Contains(value.ToString(CultureInfo.InvariantCulture), error.Message);
        Assert.Equal(value, Convert.ToDouble(error.ActualValue, CultureInfo.InvariantCulture));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_defaults_are_accepted_and_every_numeric_parameter_has_a_bad_value(string kind)
    {
        // Guards the table: each row fails because of its own value, not because of the others.
        Assert.IsType(Entry(kind).Type, Build(kind, "none", 0));
        var numeric = Constructor(kind).GetParameters()
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) is var t && (t == typeof(double) || t == typeof(int)))
            .Select(p => p.Name!);
        Assert.Equal(numeric.Order(), Entry(kind).BadValues.Select(b => b.Parameter).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_registry_defaults_are_the_constructor_defaults(string kind)
    {
        var parameters = Constructor(kind).GetParameters();
        Assert.Equal(parameters.Select(p => p.Name!).Order(), Entry(kind).Defaults.Keys.Order());
        foreach (var p in parameters)
        {
            Assert.True(p.HasDefaultValue, $"{kind}({p.Name}) has no default");
            Assert.Equal(Entry(kind).Defaults[p.Name!], p.DefaultValue);
        }
        Assert.Equal(Entry(kind).DefaultLearningRate, Entry(kind).CreateDefault().LearningRate);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.9, 0.1)]
    public void Nesterov_needs_momentum_and_no_dampening(double momentum, double dampening)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Sgd(0.1, momentum, dampening, nesterov: true));
        Assert.Equal("nesterov", error.ParamName);
        Assert.Contains("momentum " + momentum.ToString(CultureInfo.InvariantCulture), error.Message);
        Assert.Contains("dampening " + dampening.ToString(CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Nesterov_with_momentum_and_no_dampening_is_accepted() =>
        Assert.True(new Sgd(0.1, momentum: 0.9, nesterov: true).Nesterov);

    [Theory]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_bad_learning_rate_override_is_rejected_and_takes_no_step(double rate)
    {
        foreach (var c in OptimizerRegistry.Cases)
        {
            var optimizer = c.Optimizer();
            var state = c.CreateState<double>(optimizer, 2);
            double[] x = [1, 2];
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Step(x, [1.0, 1.0], state, rate));
            Assert.Equal("learningRate", error.ParamName);
            Assert.Contains(rate.ToString(CultureInfo.InvariantCulture), error.Message);
            Assert.Equal(0, state.Step);
            Assert.Equal([1.0, 2.0], x);
        }
    }
}
