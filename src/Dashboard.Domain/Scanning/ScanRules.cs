namespace Dashboard.Domain.Scanning;

/// <summary>Rule ids of the risks the scanner reports.</summary>
public static class ScanRules
{
    public const string ReloadDisposeBeforeCreate = "reload-dispose-before-create";
    public const string RetryWithoutBackoff = "retry-without-backoff";
    public const string HealthCheckIncludesDependencies = "health-check-includes-dependencies";
}
