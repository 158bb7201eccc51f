using Dashboard.Application.Health;
using Dashboard.Domain.Health;

namespace Dashboard.Web.Endpoints;

/// <summary>One service in one environment now, as GET /api/health answers it; null metrics: not known (no telemetry, nothing probed).</summary>
public sealed record ServiceHealthResponse(
    string Service,
    string Environment,
    string State,
    string Reason,
    string? Liveness,
    string? Readiness,
    double? ErrorRate,
    double? P95Ms,
    double? RequestsPerMinute,
    InstanceCountResponse Instances,
    IReadOnlyList<string> PulledInstances,
    string? RotationTrap,
    IReadOnlyList<IndicatorResponse> Indicators,
    DateTimeOffset Since,
    IReadOnlyList<HealthSourceResponse> Sources)
{
    public static ServiceHealthResponse From(ServiceHealth health)
    {
        var assessment = health.Assessment;
        var requests = health.Requests is { Requests: > 0 } known ? known : null;
        return new ServiceHealthResponse(health.Service, health.Environment, Name(health.State), assessment.Reason,
            assessment.Indicator(HealthIndicator.Liveness) is { } liveness ? Name(liveness.State) : null,
            assessment.Indicator(HealthIndicator.Readiness) is { } readiness ? Name(readiness.State) : null,
            requests?.ServerErrorRate, requests?.P95Ms, requests?.RequestsPerMinute,
            new InstanceCountResponse(assessment.InRotation, assessment.Instances),
            [.. health.Instances.Where(i => i.Readiness is { Passed: false }).Select(i => i.Instance)],
            assessment.RotationTrap,
            [.. assessment.Indicators.Select(i => new IndicatorResponse(Name(i.Indicator.ToString()), Name(i.State), i.Reason))],
            health.Since,
            [.. health.Sources.Select(s => new HealthSourceResponse(s.Source, Name(s.Condition.ToString()), s.Message))]);
    }

    private static string Name(HealthState state) => Name(state.ToString());

    private static string Name(string value) => char.ToLowerInvariant(value[0]) + value[1..];
}
