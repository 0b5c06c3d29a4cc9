using System.Globalization;

namespace Descent.Optimizers;

/// <summary>Validation of hyperparameters where they are set: a bad value names the parameter and the value.</summary>
internal static class Hyperparameter
{
    /// <summary>A learning rate: finite and at least 0.</summary>
    public static double LearningRate(double value, string parameterName) => NonNegative(value, parameterName);

    /// <summary>Finite and at least 0 (weight decay, momentum, learning-rate decay...).</summary>
    public static double NonNegative(double value, string parameterName)
    {
        if (!double.IsFinite(value) || value < 0)
            throw OutOfRange(parameterName, value, "must be finite and >= 0");
        return value;
    }

    /// <summary>Finite and strictly positive (epsilon).</summary>
    public static double Positive(double value, string parameterName)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw OutOfRange(parameterName, value, "must be finite and > 0");
        return value;
    }

    /// <summary>A decay rate of a running average in [0, 1) (Adam's betas).</summary>
    public static double Beta(double value, string parameterName)
    {
        if (!(value >= 0 && value < 1))
            throw OutOfRange(parameterName, value, "must be in [0, 1)");
        return value;
    }

    /// <summary>A coefficient in [0, 1] (Adadelta's rho, RMSprop's alpha, SGD's dampening).</summary>
    public static double UnitInterval(double value, string parameterName)
    {
        if (!(value >= 0 && value <= 1))
            throw OutOfRange(parameterName, value, "must be in [0, 1]");
        return value;
    }

    /// <summary>An <see cref="ArgumentOutOfRangeException"/> whose message names the parameter and shows the value.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string parameterName, object value, string requirement) =>
        new(parameterName, value, $"{parameterName} {requirement}, but was {Format(value)}.");

    public static string Format(object value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
