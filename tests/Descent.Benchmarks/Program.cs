using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Descent.Benchmarks.OptimizerStepBenchmarks).Assembly).Run(args);
