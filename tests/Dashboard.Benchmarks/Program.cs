using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;

if (args.Length > 0 && args[0] == SignInGuessLoad.Command)
    await SignInGuessLoad.RunAsync(args);
else
    BenchmarkSwitcher.FromAssembly(typeof(SelectorIndexBenchmarks).Assembly).Run(args);
