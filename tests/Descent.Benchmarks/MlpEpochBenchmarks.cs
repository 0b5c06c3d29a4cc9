using BenchmarkDotNet.Attributes;
using Descent.Data;
using Descent.Models;
using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>
/// One epoch of a 784-128-10 ReLU MLP over the 10 000 MNIST images of data/: for each mini-batch of 128 rows (in a
/// fixed shuffled order; the last batch has 16), the loss and gradient, then one step of SGD with momentum 0.9.
/// The per-sample <see cref="Mlp"/> is the baseline, so the Ratio column is measured in the same run.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class MlpEpochBenchmarks
{
    private const int BatchSize = 128;
    private static readonly int[] Sizes = [784, 128, 10];

    private readonly Mlp mlp = new(Sizes, Activation.Relu);
    private readonly BatchedMlp batched = new(Sizes);
    private readonly Sgd sgd = new(learningRate: 0.01, momentum: 0.9);
    private Dataset data = null!;
    private int[][] batches = [];
    private float[] imagesFloat = [], batchFloat = [];
    private int[] batchLabels = [];
    private double[] initial = [], parameters = [], gradient = [];
    private float[] parametersFloat = [], gradientFloat = [];
    private OptimizerState<double> state = null!;
    private OptimizerState<float> stateFloat = null!;

    [GlobalSetup]
    public void Setup()
    {
        data = DataSets.Mnist();
        int[] order = Shuffle.Permutation(data.Count, new Random(0));
        batches = order.Chunk(BatchSize).ToArray();
        imagesFloat = data.Features.SelectMany(row => row).Select(v => (float)v).ToArray();
        batchFloat = new float[BatchSize * Sizes[0]];
        batchLabels = new int[BatchSize];
        initial = mlp.Initialize(Initializer.HeNormal, seed: 1);
        gradient = new double[initial.Length];
        gradientFloat = new float[initial.Length];
    }

    [IterationSetup]
    public void Reset()
    {
        parameters = (double[])initial.Clone();
        parametersFloat = initial.Select(p => (float)p).ToArray();
        state = sgd.CreateState<double>(initial.Length);
        stateFloat = sgd.CreateState<float>(initial.Length);
    }

    [Benchmark(Baseline = true, Description = "Mlp (per sample, double)")]
    public double PerSampleDouble()
    {
        double loss = 0;
        foreach (int[] batch in batches)
        {
            loss += mlp.LossAndGradient(parameters, data, batch, gradient);
            sgd.Step(parameters, gradient, state);
        }
        return loss;
    }

    [Benchmark(Description = "BatchedMlp (double)")]
    public double BatchedDouble()
    {
        double loss = 0;
        foreach (int[] batch in batches)
        {
            loss += batched.LossAndGradient(parameters, data, batch, gradient);
            sgd.Step(parameters, gradient, state);
        }
        return loss;
    }

    [Benchmark(Description = "BatchedMlp (float)")]
    public float BatchedFloat()
    {
        float loss = 0;
        int features = Sizes[0];
        foreach (int[] batch in batches)
        {
            for (int b = 0; b < batch.Length; b++)
            {
                imagesFloat.AsSpan(batch[b] * features, features).CopyTo(batchFloat.AsSpan(b * features));
                batchLabels[b] = data.Labels![batch[b]];
            }
            loss += batched.LossAndGradient<float>(parametersFloat, batchFloat.AsSpan(0, batch.Length * features),
                batchLabels.AsSpan(0, batch.Length), gradientFloat);
            sgd.Step(parametersFloat, gradientFloat, stateFloat);
        }
        return loss;
    }
}
