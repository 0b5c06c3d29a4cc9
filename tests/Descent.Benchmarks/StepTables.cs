using System.Globalization;
using System.Text;
using Descent.Optimizers;
using BenchmarkDotNet.Reports;

namespace Descent.Benchmarks;

/// <summary>
/// One markdown table per optimizer from a run of <see cref="StepBenchmarks{T}"/>: for each element type and size, the
/// step's median time, ns per parameter and GB/s, and its ratio to the two floors measured in the same run.
/// </summary>
internal static class StepTables
{
    public static string Format(IEnumerable<Summary> summaries)
    {
        var medians = new Dictionary<(string Optimizer, string Type, int Parameters, string Method), double>();
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is not { } statistics) continue;
            var c = report.BenchmarkCase;
            string type = c.Descriptor.Type.GetGenericArguments()[0] == typeof(float) ? "float32" : "float64";
            medians[((string)c.Parameters["Optimizer"], type, (int)c.Parameters["Parameters"], c.Descriptor.WorkloadMethod.Name)] = statistics.Median;
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Vector width of the steps and floors: {Elementwise.VectorBits} bits; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        foreach (var optimizer in medians.Keys.Select(k => k.Optimizer).Distinct())
        {
            int buffers = ElementwiseOptimizers.BufferCount(optimizer);
            text.AppendLine(CultureInfo.InvariantCulture, $"#### {optimizer} (reads {buffers + 2} arrays, writes {buffers + 1})");
            text.AppendLine();
            text.AppendLine("| Type | Parameters | Step | ns/param | GB/s | × floor, all cores | × floor, 1 thread | Floor GB/s, all cores | Floor GB/s, 1 thread |");
            text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (type, n) in medians.Keys.Where(k => k.Optimizer == optimizer).Select(k => (k.Type, k.Parameters)).Distinct().Order())
            {
                if (!medians.TryGetValue((optimizer, type, n, "Step"), out double step)
                    || !medians.TryGetValue((optimizer, type, n, "Floor"), out double floor)
                    || !medians.TryGetValue((optimizer, type, n, "FloorOneThread"), out double floorOne)) continue;
                double bytes = (type == "float32" ? 4.0 : 8.0) * n * (2 * buffers + 3);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {type} | {n:E0} | {step / 1e3:F1} µs | {step / n:F3} | {bytes / step:F1} | {step / floor:F2} | {step / floorOne:F2} | {bytes / floor:F1} | {bytes / floorOne:F1} |");
            }
            text.AppendLine();
        }
        return text.ToString();
    }
}
