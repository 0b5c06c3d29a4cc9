using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text;
using Descent.Optimizers;

namespace Descent.Benchmarks;

/// <summary>
/// The ratios the table's 1e7 rows are read for, measured interleaved: each round times one step and then one
/// all-core floor on the same arrays, and the ratio is the median over the rounds of step / floor. A shared machine's
/// memory bandwidth drifts by more than the distances measured; separate BenchmarkDotNet cases see it at different
/// times, interleaved rounds see it alike. Run with <c>-- interleaved</c>.
/// </summary>
internal static class InterleavedRatio
{
    private const int Parameters = 10_000_000, Rounds = 41, StepsPerTiming = 5;

    public static string Run()
    {
        var text = new StringBuilder($"Interleaved at 1e7 parameters, {Rounds} rounds of {StepsPerTiming} steps and {StepsPerTiming} floors, vector width {Elementwise.VectorBits} bits:\n\n");
        text.AppendLine("| Optimizer | Type | Step (median) | Floor, all cores (median) | Step / floor: median (quartiles) |");
        text.AppendLine("| --- | --- | ---: | ---: | ---: |");
        foreach (var name in new[] { "Adam", "SGD (momentum 0.9)" })
        {
            text.AppendLine(Row<float>(name, "float32"));
            text.AppendLine(Row<double>(name, "float64"));
        }

        return text.ToString();
    }

    private static string Row<T>(string optimizer, string type) where T : unmanaged, IFloatingPointIeee754<T>
    {
        var bench = new StepBenchmarks<T> { Optimizer = optimizer, Parameters = Parameters };
        bench.Setup();
        var steps = new List<double>();
        var floors = new List<double>();
        var ratios = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            double step = Time(bench.Step), floor = Time(bench.Floor);
            steps.Add(step);
            floors.Add(floor);
            ratios.Add(step / floor);
        }

        bench.Cleanup();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {optimizer} | {type} | {Median(steps):F2} ms | {Median(floors):F2} ms | {Median(ratios):F3} ({Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3}) |");
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < StepsPerTiming; i++) action();
        return clock.Elapsed.TotalMilliseconds / StepsPerTiming;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Round(q * (sorted.Count - 1))];
    }
}
