namespace Dashboard.Web.Model;

/// <summary>One service as the Overview shows it.</summary>
public sealed record ServiceRow(
    string Name,
    string OwnerTeam,
    string Kind,
    string Lifecycle,
    string Description,
    IReadOnlyList<EndpointRow> Endpoints,
    IReadOnlyList<DependencyRow> DependsOn,
    IReadOnlyList<string> CalledBy);

/// <summary>A service's endpoint in one environment; <see cref="HealthSharesReadiness"/> flags one endpoint serving both probes.</summary>
public sealed record EndpointRow(string Environment, string BaseUrl, string LivenessPath, string ReadinessPath)
{
    public bool HealthSharesReadiness => LivenessPath == ReadinessPath;
}

public sealed record DependencyRow(string Target, bool TargetIsService, string RetryDescription, bool RetriesWithoutBackoff);

public sealed record StoreRow(string Name, string Kind, string? Endpoint, IReadOnlyList<string> Bindings, bool SharedAcrossEnvironments);

public sealed record EnvironmentRow(string Name, bool IsProduction);

public sealed record ResourceRow(string Name, string Kind, string OwnerTeam, string Description);
