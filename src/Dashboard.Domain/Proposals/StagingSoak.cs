using System.Globalization;
using Dashboard.Domain.Health;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Staging verification from evidence: compares each affected service's staging telemetry during the soak after the
/// apply with the same length of time before it. A service fails on an error class not seen before the apply, on a
/// 5xx rate at or above its degraded threshold that is higher than before, or on a p95 at or above its latency
/// threshold that is higher than before. A service without requests in the soak gives no evidence.
/// </summary>
public static class StagingSoak
{
    public static readonly TimeSpan DefaultSoak = TimeSpan.FromMinutes(10);

    public static StagingSoakVerdict Evaluate(IReadOnlyList<ServiceSoakInput> services, TimeSpan soak)
    {
        if (soak <= TimeSpan.Zero)
            throw new DomainException($"The soak lasts {soak}; give a positive length, e.g. 10 minutes.");
        var minutes = $"{soak.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";
        if (services.Count == 0)
            return new StagingSoakVerdict(SoakOutcome.NoEvidence, [], "No affected service to watch in staging: verify with the signed checklist.");
        var results = services.Select(s => Judge(s, minutes)).ToList();
        var failed = results.Where(r => r.Outcome == SoakOutcome.Failed).ToList();
        var blind = results.Where(r => r.Outcome == SoakOutcome.NoEvidence).ToList();
        if (failed.Count > 0)
            return new StagingSoakVerdict(SoakOutcome.Failed, results,
                $"Staging verification failed after a {minutes} soak: {string.Join("; ", failed.Select(f => $"{f.Service}: {f.Reason}"))}.");
        if (blind.Count > 0)
            return new StagingSoakVerdict(SoakOutcome.NoEvidence, results,
                $"No staging telemetry for {string.Join(", ", blind.Select(b => b.Service))} during the {minutes} soak: verify with the signed checklist.");
        return new StagingSoakVerdict(SoakOutcome.Passed, results, $"Every affected service stayed healthy in staging through the {minutes} soak.");
    }

    private static ServiceSoakResult Judge(ServiceSoakInput input, string minutes)
    {
        var (service, thresholds, before, during) = input;
        if (during is null || during.Requests == 0)
            return new(service, SoakOutcome.NoEvidence, $"no requests recorded in staging during the {minutes} soak");
        var compared = $"during the soak {during.Describe()}; before the apply {before?.Describe() ?? "no telemetry"}";
        var problems = new List<string>();
        if (before is { Requests: > 0 })
        {
            var known = before.ErrorClasses.ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fresh = during.ErrorClasses.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).ToList();
            if (fresh.Count > 0)
                problems.Add($"new error class{(fresh.Count == 1 ? "" : "es")} {string.Join(", ", fresh)} not seen in the {minutes} before the apply");
        }
        var beforeRate = before is { Requests: > 0 } ? before.ServerErrorRate : 0;
        if (during.ServerErrors > 0 && during.ServerErrorRate >= thresholds.ServerErrorDegraded && during.ServerErrorRate > beforeRate)
            problems.Add($"5xx rate {HealthThresholds.Percent(during.ServerErrorRate)} reaches the {HealthThresholds.Percent(thresholds.ServerErrorDegraded)} threshold");
        if (during.P95Ms is { } p95 && p95 >= thresholds.LatencyDegradedMs && p95 > (before?.P95Ms ?? 0))
            problems.Add($"p95 {HealthThresholds.Ms(p95)} reaches the {HealthThresholds.Ms(thresholds.LatencyDegradedMs)} threshold");
        return problems.Count == 0
            ? new(service, SoakOutcome.Passed, $"stayed healthy: {compared}")
            : new(service, SoakOutcome.Failed, $"{string.Join("; ", problems)} ({compared})");
    }
}
