using BenchmarkDotNet.Attributes;
using Dashboard.Domain.Configuration;

namespace Dashboard.Benchmarks;

/// <summary>
/// The config map at company scale: 50,000 keys against 5,000 services' selectors.
/// Targets: the full key → services map under 1 s, one key lookup under 1 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class SelectorIndexBenchmarks
{
    private FleetData _fleet = null!;
    private SelectorIndex _index = null!;
    private KeyLabel _sharedKey;

    [GlobalSetup]
    public void Setup()
    {
        _fleet = new FleetData(seed: 20260127, keyCount: 50_000, serviceCount: 5_000);
        _index = SelectorIndex.Build(_fleet.Services);
        // A shared key is the expensive case: many services select it.
        _sharedKey = _fleet.Keys.First(k => k.Key.StartsWith("shared:", StringComparison.Ordinal) && k.Label is null);
        var map = _index.MapKeys(_fleet.Keys);
        Console.WriteLine($"// fleet: {_fleet.Services.Count} services, {_fleet.SelectorCount} selectors, {map.Count} distinct key-values, " +
                          $"{map.Values.Sum(v => v.Count)} (key, service) pairs, {_index.ServicesSelecting(_sharedKey).Count} services on '{_sharedKey}'");
    }

    [Benchmark]
    public SelectorIndex BuildIndex() => SelectorIndex.Build(_fleet.Services);

    [Benchmark]
    public int MapAllKeys() => _index.MapKeys(_fleet.Keys).Count;

    [Benchmark]
    public int LookupOneSharedKey() => _index.ServicesSelecting(_sharedKey).Count;

    /// <summary>The scan the index replaces, for comparison.</summary>
    [Benchmark]
    public int LookupOneSharedKeyByScanning() => _fleet.Services.Count(s => s.Value.Selects(_sharedKey));
}
