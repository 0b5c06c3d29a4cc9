using Descent.Data;

namespace Descent.Tests.Models;

internal static class ModelData
{
    /// <summary>y = 2x₀ − x₁ + 0.5x₂ + 1 + noise.</summary>
    public static Dataset Regression(int count = 20, int features = 3, int seed = 1)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, features).Select(_ => 2 * random.NextDouble() - 1).ToArray()).ToArray();
        double[] w = [2, -1, 0.5, 0.25, -0.75];
        var y = x.Select(row => row.Select((v, j) => v * w[j % w.Length]).Sum() + 1 + 0.1 * (random.NextDouble() - 0.5)).ToArray();
        return Dataset.Regression("synthetic regression", x, y);
    }

    /// <summary>Points around one centre per class.</summary>
    public static Dataset Classification(int count = 24, int features = 2, int classes = 3, int seed = 2)
    {
        var random = new Random(seed);
        var labels = Enumerable.Range(0, count).Select(i => i % classes).ToArray();
        var x = labels.Select(k => Enumerable.Range(0, features).Select(j => Math.Cos(k + j) * 2 + random.NextDouble() - 0.5).ToArray()).ToArray();
        return Dataset.Classification("synthetic classes", x, labels, Enumerable.Range(0, classes).Select(k => $"class {k}").ToArray());
    }

    public static double[] RandomParameters(int count, int seed, double scale = 0.5)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
    }
}
