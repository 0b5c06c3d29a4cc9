using Descent.Objectives;
using MathNet.Numerics.LinearAlgebra;

namespace Descent.Tests.Objectives;

internal static class ObjectiveCatalog
{
    public static readonly IReadOnlyDictionary<string, Func<IObjective>> All = new Dictionary<string, Func<IObjective>>
    {
        ["Quadratic.Diagonal"] = () => new Quadratic([1.0, 10.0, 0.5]),
        ["Quadratic.Conditioned"] = () => Quadratic.WithConditioning(25),
        ["Quadratic.Full"] = () => new Quadratic(
            Matrix<double>.Build.DenseOfArray(new[,] { { 4.0, 1.0 }, { 1.0, 3.0 } }),
            Vector<double>.Build.Dense([1.0, 2.0])),
        ["Rosenbrock"] = () => new Rosenbrock(),
        ["Rosenbrock.Shifted"] = () => new Rosenbrock(a: -0.5, b: 20),
        ["Beale"] = () => new Beale(),
        ["Himmelblau"] = () => new Himmelblau(),
        ["Saddle"] = () => new Saddle(),
        ["Rastrigin"] = () => new Rastrigin(),
        ["Rastrigin.3D"] = () => new Rastrigin(3, 5),
        ["DoubleWell"] = () => new DoubleWell(),
        ["Function1D"] = () => new Function1D("cos x + x²/10", x => Math.Cos(x) + x * x / 10, x => -Math.Sin(x) + x / 5),
    };

    public static IEnumerable<object[]> Names() => All.Keys.Select(k => new object[] { k });

    /// <summary>Several deterministic points inside each objective's plot window.</summary>
    public static IEnumerable<double[]> SamplePoints(IObjective f)
    {
        var random = new Random(7);
        var bounds = f.PlotBounds;
        for (int k = 0; k < 6; k++)
            yield return bounds.Select(b => b.Min + (b.Max - b.Min) * (0.05 + 0.9 * random.NextDouble())).ToArray();
        yield return new double[f.Dimension];
    }
}
