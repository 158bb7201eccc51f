namespace Dashboard.Application.Health;

/// <summary>What a source measures. Only request telemetry makes the request series; probes and synthetic checks are indicators of their own.</summary>
public enum HealthSourceKind
{
    /// <summary>The dashboard's own probes and synthetic checks.</summary>
    Probes,
    /// <summary>The services' own request telemetry (Azure Monitor Logs).</summary>
    RequestTelemetry,
}
