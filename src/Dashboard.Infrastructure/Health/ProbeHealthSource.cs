using System.Diagnostics;
using System.Globalization;
using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Health;

/// <summary>
/// The dashboard's own probes as a health source: liveness and readiness of every instance, and the synthetic checks, an
/// indicator of their own whose results also make the request series of a service that has no request telemetry (the
/// embedded default). A check runs only on an instance that answered its liveness probe in the same run: an instance that
/// is down is already Unhealthy by liveness, and checks of services that are not running (the sample fleet before it is
/// started) show "not run" instead of failures that would fail every staging soak. Degraded when a run overruns its interval.
/// </summary>
public sealed class ProbeHealthSource(ProbeRunner runner, IOptions<HealthOptions> options, TimeProvider time) : IHealthSource
{
    public const string SourceName = "probes";

    private readonly SyntheticMinutes _synthetic = new();

    public string Name => SourceName;

    public HealthSourceKind Kind => HealthSourceKind.Probes;

    public TimeSpan Interval => options.Value.Probes.Interval;

    public async Task<HealthSourceReading> ReadAsync(HealthWatchList watchList, CancellationToken cancellationToken)
    {
        var targets = ProbeTargets.For(watchList, options.Value.Probes.SyntheticChecks);
        var started = Stopwatch.GetTimestamp();
        var results = await runner.RunAsync([.. targets.Where(t => t.Kind != ProbeKind.Synthetic)], cancellationToken);
        var answering = results.Where(r => r.Target.Kind == ProbeKind.Liveness && r.Status is not null).Select(InstanceKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var checks = targets.Where(t => t.Kind == ProbeKind.Synthetic && answering.Contains(InstanceKey(t))).ToList();
        if (checks.Count > 0) results = [.. results, .. await runner.RunAsync(checks, cancellationToken)];
        var took = Stopwatch.GetElapsedTime(started);
        var now = time.GetUtcNow();

        var observations = results
            .GroupBy(r => (r.Target.Service, r.Target.Environment))
            .Select(endpoint => Observe(endpoint.Key.Service, endpoint.Key.Environment, [.. endpoint], now))
            .ToList();
        var failing = results.Count(r => !r.Passed);
        var summary = $"{results.Count} probes of {observations.Count} services in {Seconds(took)}, {failing} failing";
        var status = took > Interval
            ? new HealthSourceStatus(Name, Kind, HealthSourceCondition.Degraded,
                $"{summary}: the run took longer than its {Seconds(Interval)} interval, so results arrive late; raise Health:Probes:MaxConcurrency or Health:Probes:IntervalSeconds", now)
            : HealthSourceStatus.Ok(Name, Kind, targets.Count == 0 ? "nothing to probe: no service in the catalog has an endpoint" : summary, now);
        return new HealthSourceReading(status, observations);
    }

    private static string InstanceKey(ProbeResult result) => InstanceKey(result.Target);

    private static string InstanceKey(ProbeTarget target) => $"{target.Service}\u001f{target.Environment}\u001f{target.Instance}";

    private HealthObservation Observe(string service, string environment, IReadOnlyList<ProbeResult> results, DateTimeOffset now)
    {
        var instances = results
            .Where(r => r.Target.Kind != ProbeKind.Synthetic)
            .GroupBy(r => r.Target.Instance, StringComparer.Ordinal)
            .Select(i => new InstanceProbe(i.Key, Check(i, ProbeKind.Liveness), Check(i, ProbeKind.Readiness)))
            .ToList();
        var synthetic = results.Where(r => r.Target.Kind == ProbeKind.Synthetic).ToList();
        var sample = _synthetic.Add(service, environment, synthetic, now);
        return new HealthObservation(service, environment, instances, sample is null ? [] : [sample]) { SyntheticChecks = LatestPerCheck(synthetic) };
    }

    /// <summary>One result per check: a check runs on every instance, and a failure on any of them is the one to show.</summary>
    private static List<SyntheticCheckResult> LatestPerCheck(IEnumerable<ProbeResult> synthetic) =>
    [
        .. synthetic
            .GroupBy(r => r.Target.CheckName ?? $"{r.Target.Method.Method} {r.Target.Url.AbsolutePath}", StringComparer.OrdinalIgnoreCase)
            .Select(check => check.OrderBy(r => r.Passed).ThenByDescending(r => r.At).First())
            .Select(r => new SyntheticCheckResult(r.Target.CheckName ?? $"{r.Target.Method.Method} {r.Target.Url.AbsolutePath}", r.Target.Method.Method,
                r.Target.CheckPath ?? r.Target.Url.PathAndQuery, r.Target.ExpectedStatus ?? 200, r.Status, r.Latency, r.Passed ? null : r.Error ?? r.Detail, r.At)),
    ];

    private static ProbeCheck? Check(IEnumerable<ProbeResult> results, ProbeKind kind) =>
        results.FirstOrDefault(r => r.Target.Kind == kind) is { } result ? new ProbeCheck(result.Passed, result.At, result.Detail) : null;

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
}
