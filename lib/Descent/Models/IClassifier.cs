using Descent.Data;

namespace Descent.Models;

/// <summary>A model that predicts a class for each row, so that a training run can report its accuracy.</summary>
public interface IClassifier : IModel
{
    /// <summary>The predicted class of every row of <paramref name="data"/>.</summary>
    int[] Predict(ReadOnlySpan<double> parameters, Dataset data);

    /// <summary>Fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    double Accuracy(ReadOnlySpan<double> parameters, Dataset data);
}
