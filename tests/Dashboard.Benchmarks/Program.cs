using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Dashboard.Benchmarks;
using Dashboard.Benchmarks.LoadRuns;

// "load <run>" starts a load run on loopback (see LoadRuns/LoadRun.cs), "sign-in-guesses" the sign-in guessing run;
// anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "load")
    return await LoadRun.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == SignInGuessLoad.Command)
{
    await SignInGuessLoad.RunAsync(args);
    return 0;
}
// BenchmarkDotNet rebuilds this project in Release before measuring; on a busy shared machine that takes longer than its 120 s default.
BenchmarkSwitcher.FromAssembly(typeof(SelectorIndexBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
return 0;
