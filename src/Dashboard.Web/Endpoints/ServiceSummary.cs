namespace Dashboard.Web.Endpoints;

/// <summary>A service as the JSON API returns it.</summary>
public sealed record ServiceSummary(
    string Name,
    string OwnerTeam,
    string Kind,
    string Lifecycle,
    string Description,
    string? SourcePath,
    IReadOnlyList<string> DeclaredConfigKeys,
    IReadOnlyList<EndpointSummary> Endpoints,
    IReadOnlyList<DependencySummary> DependsOn);

public sealed record EndpointSummary(string Environment, string BaseUrl, string LivenessPath, string ReadinessPath);

public sealed record DependencySummary(string Target, int RetryAttempts, string Backoff, double TimeoutSeconds, bool CircuitBreaker);
