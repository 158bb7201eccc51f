using Dashboard.Domain.Health;

namespace Dashboard.Web.Model;

/// <summary>One service in one environment on the health grid: its state, the worst indicator by name and why, and its numbers when known.</summary>
public sealed record HealthCell(
    string Service,
    string Environment,
    HealthState State,
    string WorstIndicator,
    string Reason,
    int InRotation,
    int Instances,
    double? ErrorRate,
    double? P95Ms,
    double? RequestsPerMinute,
    string? RotationTrap,
    DateTimeOffset Since);
