namespace Dashboard.Application.Health;

/// <summary>What a source measures. Where both report requests for the same minute, request telemetry wins over synthetic checks.</summary>
public enum HealthSourceKind
{
    /// <summary>The dashboard's own probes and synthetic checks.</summary>
    Probes,
    /// <summary>The services' own request telemetry (Azure Monitor Logs).</summary>
    RequestTelemetry,
}
