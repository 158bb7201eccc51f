using Dashboard.Domain.Health;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// What one service did in staging over one window: requests, 5xx answers, p95 duration (null: not measured) and the
/// error classes seen (result codes or exception types, as the telemetry names them).
/// </summary>
public sealed record SoakWindowStats(long Requests, long ServerErrors, double? P95Ms, IReadOnlyCollection<string> ErrorClasses)
{
    public double ServerErrorRate => Requests == 0 ? 0 : (double)ServerErrors / Requests;

    public string Describe() =>
        $"5xx {HealthThresholds.Percent(ServerErrorRate)} ({ServerErrors} of {Requests} requests)"
        + (P95Ms is { } p95 ? $", p95 {HealthThresholds.Ms(p95)}" : "");
}
