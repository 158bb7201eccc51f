namespace Dashboard.Infrastructure.Health;

/// <summary>The values of Health:Source: where request rate, error rate and p95 come from.</summary>
public static class HealthSourceSetting
{
    /// <summary>The dashboard's own probes and synthetic checks (the embedded default).</summary>
    public const string Probes = "Probes";
    /// <summary>Application Insights request telemetry in Log Analytics, beside the probes' liveness and readiness.</summary>
    public const string LogAnalytics = "LogAnalytics";

    public static bool IsKnown(string? source) => Is(source, Probes) || Is(source, LogAnalytics);

    public static bool Is(string? source, string value) => string.Equals(source?.Trim(), value, StringComparison.OrdinalIgnoreCase);
}
