using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Benchmarks;

/// <summary>
/// One blast-radius analysis at company scale: 2,000 services, 100,000 keys, 10,000 dependency edges. The config map
/// is built once in setup (the caller's work, not the analysis). Target: median under 50 ms, p99 under 200 ms.
/// Each iteration is a single analysis, so the percentile columns are percentiles of single calls.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SingleCallConfig))]
public class BlastRadiusBenchmarks
{
    private readonly BlastRadiusWorld _world = new(services: 2_000, keys: 100_000, edges: 10_000);
    private BlastRadiusInput _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = _world.Input(_world.Scan(), _world.Catalog(), _world.Settings(), _world.StoreKeys());
        var radius = BlastRadiusAnalyzer.Analyze(_input);
        Console.WriteLine($"// radius of {radius.Key}: {radius.Affected.Count} affected, {radius.SelectedNoRead.Count} selected without read, "
                          + $"{radius.Downstream.Count} downstream, {radius.LookAlikes.Count} look-alikes, {radius.Risks.Count} risks, {radius.RiskLevel}");
    }

    [Benchmark]
    public int Analyze() => BlastRadiusAnalyzer.Analyze(_input).Risks.Count;

    private sealed class SingleCallConfig : ManualConfig
    {
        public SingleCallConfig()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(20)
                .WithIterationCount(200).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        }
    }
}
