using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Health;

/// <summary>
/// Staging verification from evidence, for the change pipeline to call after a staging apply: each affected service's
/// requests, 5xx and p95 in staging during the soak against the same length of time before the apply, judged by the
/// domain's <see cref="StagingSoak"/> with each service's own thresholds. Null while the soak is still running.
/// The series store keeps no error classes, so a new error class is only caught by sources that report one.
/// </summary>
public sealed class StagingSoakEvidence(HealthSeriesStore store, IHealthWatchListSource watchList, TimeProvider time)
{
    public const string StagingEnvironment = "staging";

    public async Task<StagingSoakVerdict?> JudgeAsync(IReadOnlyCollection<string> services, DateTimeOffset appliedAt, TimeSpan soak, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() < appliedAt + soak) return null;
        var watched = await watchList.LoadAsync(cancellationToken);
        var inputs = services.Select(service => new ServiceSoakInput(service,
            watched.Find(service, StagingEnvironment)?.Thresholds ?? HealthThresholds.Default,
            Window(service, appliedAt - soak, appliedAt), Window(service, appliedAt, appliedAt + soak))).ToList();
        return StagingSoak.Evaluate(inputs, soak);
    }

    /// <summary>Totals over the minutes from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive); the p95 is the worst minute's. Null: nothing recorded.</summary>
    public SoakWindowStats? Window(string service, DateTimeOffset from, DateTimeOffset to)
    {
        var last = to.AddMinutes(-1);
        if (last < from) return null;
        var requests = store.Series(service, StagingEnvironment, HealthMetric.RequestsPerMinute, from, last);
        var errorRates = store.Series(service, StagingEnvironment, HealthMetric.ServerErrorRate, from, last);
        var p95 = store.Series(service, StagingEnvironment, HealthMetric.P95Ms, from, last);
        if (requests.All(p => p.Value is null)) return null;
        long total = 0, errors = 0;
        for (var i = 0; i < requests.Count; i++)
        {
            if (requests[i].Value is not { } count) continue;
            total += (long)count;
            errors += (long)Math.Round(count * (errorRates[i].Value ?? 0));
        }
        return new SoakWindowStats(total, errors, p95.Max(p => p.Value), []);
    }
}
