using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>One service in one environment to watch: its instances and probe paths, its thresholds and what the scan says about its readiness endpoint.</summary>
public sealed record WatchedEndpoint(
    string Service,
    string Environment,
    IReadOnlyList<Uri> Instances,
    string LivenessPath,
    string ReadinessPath,
    HealthThresholds Thresholds,
    ReadinessWiring Readiness);
