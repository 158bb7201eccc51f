using Dashboard.Analysis.Scanning;
using BenchmarkDotNet.Attributes;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Benchmarks;

/// <summary>
/// A cold build of the config map (no cache) for 500 scanned services and 20,000 keys: the work behind the
/// page's first view and behind every refresh.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ConfigMapBuildBenchmarks
{
    private readonly ConfigMapWorld _world = new(services: 500, keys: 20_000);
    private ScanResult _scan = null!;
    private IReadOnlyList<ConfigSetting> _settings = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var sources = Directory.CreateTempSubdirectory("config-map-build-").FullName;
        _world.WriteSources(sources);
        _scan = await new SourceScanner().ScanAsync(sources, null, CancellationToken.None);
        Directory.Delete(sources, recursive: true);
        _settings = [.. Enumerable.Range(0, 20_000).Select(k =>
            new ConfigSetting(_world.Key(k), "production", $"value-{k}", null, $"e{k}", new Dictionary<string, string>(), false, null))];
    }

    [Benchmark]
    public int BuildMap() => ConfigMapBuilder.Build(new ConfigMapInput
    {
        Store = ConfigMapWorld.Store,
        Environment = "production",
        EnvironmentLabel = "production",
        Settings = _settings,
        Scan = _scan,
    }).Keys.Count;
}
