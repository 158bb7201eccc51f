using System.Globalization;
using Dashboard.Application.Health;
using Dashboard.Domain.Health;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// Retained memory of the health series store with every minute of 24 h filled for 1,000 services (requests, 5xx, 4xx,
/// p95, instances, liveness failures and state per minute), three instances each. Target: under 200 MB.
/// </summary>
internal static class SeriesMemoryRun
{
    public static void Run(int services, int minutes)
    {
        var now = DateTimeOffset.UtcNow;
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var store = new HealthSeriesStore(new NullFeed(), TimeProvider.System, new HealthSeriesOptions { RetainedMinutes = minutes });
        var endpoints = Enumerable.Range(0, services).Select(i => new WatchedEndpoint($"service-{i:D4}", "production",
            [new Uri($"http://10.0.{i / 250}.{i % 250}:8080"), new Uri($"http://10.1.{i / 250}.{i % 250}:8080"), new Uri($"http://10.2.{i / 250}.{i % 250}:8080")],
            "/health/live", "/health/ready", HealthThresholds.Default, ReadinessWiring.Unknown)).ToList();
        store.Watch(new HealthWatchList(endpoints));
        store.Restore(Rollups(endpoints, now, minutes));
        store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "", now),
            [.. endpoints.Select(e => new HealthObservation(e.Service, e.Environment,
                [.. e.Instances.Select(u => new InstanceProbe(u.AbsoluteUri, new ProbeCheck(true, now, "200 in 4 ms"), new ProbeCheck(true, now, "200 in 5 ms")))], []))]));

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var filled = store.Series(endpoints[^1].Service, "production", HealthMetric.RequestsPerMinute, now.AddMinutes(-minutes + 1), now).Count(p => p.Value is not null);
        var megabytes = (after - before) / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"series-memory: {services} services x {minutes} minutes ({filled} filled in the last service's request series): {megabytes:0.0} MB retained, {(after - before) / (double)services / 1024:0.0} KB per service; target < 200 MB"));
        GC.KeepAlive(store);
    }

    private static IEnumerable<HealthRollup> Rollups(IReadOnlyList<WatchedEndpoint> endpoints, DateTimeOffset now, int minutes)
    {
        var last = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / 60 * 60);
        foreach (var endpoint in endpoints)
            for (var m = minutes - 1; m >= 0; m--)
                yield return new HealthRollup(endpoint.Service, endpoint.Environment, last.AddMinutes(-m), 600 + m % 60, m % 7, m % 11, 80 + m % 40, 3, 3, 0, HealthState.Healthy);
    }
}
