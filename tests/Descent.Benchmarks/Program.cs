using BenchmarkDotNet.Running;
using Descent.Benchmarks;

if (args is ["interleaved"])
{
    Console.WriteLine(InterleavedRatio.Run());
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(StepBenchmarks<>).Assembly).Run(args).ToList();
string tables = StepTables.Format(summaries);
Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "step-tables.md"), tables);
Console.WriteLine(tables);
