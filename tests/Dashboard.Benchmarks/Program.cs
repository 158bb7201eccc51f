using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Dashboard.Benchmarks.SelectorIndexBenchmarks).Assembly).Run(args);
