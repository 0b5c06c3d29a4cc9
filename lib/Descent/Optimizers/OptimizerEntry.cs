namespace Descent.Optimizers;

/// <summary>
/// Everything the course knows about one kind of optimizer, in one place: how to make it, its defaults, the
/// hyperparameter values it must reject, and the configurations checked against golden values.
/// </summary>
/// <param name="Type">The optimizer's class.</param>
/// <param name="Create">The optimizer with a given learning rate and the reference's defaults otherwise.</param>
/// <param name="Defaults">The reference's default of every constructor parameter, by the parameter's .NET name.</param>
/// <param name="BadValues">Values the constructor must reject with an <see cref="ArgumentOutOfRangeException"/> naming the parameter.</param>
/// <param name="Cases">The configurations the table-driven tests run (defaults first, then variants).</param>
public sealed record OptimizerEntry(
    Type Type,
    Func<double, Optimizer> Create,
    IReadOnlyDictionary<string, object?> Defaults,
    IReadOnlyList<(string Parameter, double Value)> BadValues,
    IReadOnlyList<OptimizerCase> Cases)
{
    /// <summary>The reference's default learning rate.</summary>
    public double DefaultLearningRate => (double)Defaults["learningRate"]!;

    /// <summary>
    /// Why this optimizer has no vectorized step separate from its readable loop (null when it has one, and the
    /// tests check the two agree bit for bit).
    /// </summary>
    public string? NoSeparateFastPath { get; init; }

    /// <summary>
    /// True for an optimizer that steps weight matrices only (Muon): a race over vector objectives such as Rosenbrock
    /// leaves it out, and a model gives it its hidden matrices through <see cref="OptimizerGroups"/>.
    /// </summary>
    public bool MatricesOnly { get; init; }

    /// <summary>The optimizer with all of the reference's defaults.</summary>
    public Optimizer CreateDefault() => Create(DefaultLearningRate);

    /// <summary>The class name, e.g. "Adam".</summary>
    public override string ToString() => Type.Name;
}
