using BenchmarkDotNet.Running;
using Dashboard.Benchmarks.LoadRuns;

// "load <run>" starts a load run on loopback (see LoadRuns/LoadRun.cs); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
    return await LoadRun.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Dashboard.Benchmarks.SelectorIndexBenchmarks).Assembly).Run(args);
return 0;
