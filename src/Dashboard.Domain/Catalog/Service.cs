using Dashboard.Domain.Configuration;
using Dashboard.Domain.Health;

namespace Dashboard.Domain.Catalog;

/// <summary>A deployable service: who owns it, what it is, where it answers per environment, where its code lives and what it reads.</summary>
public sealed class Service
{
    public const int MaxDescriptionLength = 1000;
    public const int MaxSourcePathLength = 260;
    public const int MaxDeclaredConfigKeys = 50;
    public const int MaxConfigKeyFilterLength = 256;

    private readonly List<ServiceEndpoint> _endpoints = [];
    private readonly List<string> _declaredConfigKeys = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string OwnerTeam { get; private set; } = "";
    public ServiceKind Kind { get; private set; }
    public Lifecycle Lifecycle { get; private set; }
    public string Description { get; private set; } = "";
    /// <summary>The service's source folder relative to the scanned source root (forward slashes), or null when unknown.</summary>
    public string? SourcePath { get; private set; }
    /// <summary>App Configuration key filters the service declares it reads, e.g. <c>Orders:*</c> or <c>tax.rate.default</c>.</summary>
    public IReadOnlyList<string> DeclaredConfigKeys => _declaredConfigKeys;
    /// <summary>The catalog store the service reads its configuration from, or null when not declared.</summary>
    public string? ConfigStore { get; private set; }
    public IReadOnlyList<ServiceEndpoint> Endpoints => _endpoints;
    /// <summary>The service's own health thresholds where they differ from the defaults; null when it uses the defaults.</summary>
    public HealthThresholdOverrides? HealthThresholdOverrides { get; private set; }

    /// <summary>The thresholds its health is judged by: the defaults with the service's overrides applied.</summary>
    public HealthThresholds HealthThresholds => HealthThresholds.Default.With(HealthThresholdOverrides);

    private Service() { }

    public Service(string name, string ownerTeam, ServiceKind kind, Lifecycle lifecycle, string description = "")
    {
        Name = CatalogName.Validate(name, "service");
        Update(ownerTeam, kind, lifecycle, description);
    }

    /// <summary>Changes what the catalog says about the service; nothing changes when a value is refused.</summary>
    public void Update(string ownerTeam, ServiceKind kind, Lifecycle lifecycle, string? description)
    {
        var owner = CatalogName.Validate(ownerTeam, "owner team");
        if (!Enum.IsDefined(kind))
            throw new DomainException($"'{kind}' is not a service kind of '{Name}'; use one of {string.Join(", ", Enum.GetNames<ServiceKind>())}.");
        if (!Enum.IsDefined(lifecycle))
            throw new DomainException($"'{lifecycle}' is not a lifecycle of '{Name}'; use one of {string.Join(", ", Enum.GetNames<Lifecycle>())}.");
        var text = (description ?? "").Trim();
        if (text.Length > MaxDescriptionLength)
            throw new DomainException($"The description of '{Name}' has {text.Length} characters; shorten it to at most {MaxDescriptionLength}.");
        OwnerTeam = owner;
        Kind = kind;
        Lifecycle = lifecycle;
        Description = text;
    }

    /// <summary>Sets the source folder, relative to the scanned source root; null or blank clears it.</summary>
    public void SetSourcePath(string? sourcePath)
    {
        if (string.IsNullOrWhiteSpace(sourcePath))
        {
            SourcePath = null;
            return;
        }
        var path = sourcePath.Trim().Replace('\\', '/').TrimEnd('/');
        while (path.StartsWith("./", StringComparison.Ordinal)) path = path[2..];
        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':'))
            throw new DomainException(
                $"The source path '{sourcePath}' of '{Name}' is absolute; give the folder relative to the scanned source root, e.g. 'services/{Name}'.");
        if (path.Split('/').Any(segment => segment is ".." or ""))
            throw new DomainException(
                $"The source path '{sourcePath}' of '{Name}' must stay inside the source root: no '..' or empty segments, e.g. 'services/{Name}'.");
        if (path.Length > MaxSourcePathLength)
            throw new DomainException($"The source path of '{Name}' is {path.Length} characters long; at most {MaxSourcePathLength} are allowed.");
        SourcePath = path.Length == 0 || path == "." ? null : path;
    }

    /// <summary>Replaces the declared key filters; each must be a valid App Configuration key filter. Duplicates are dropped.</summary>
    public void SetDeclaredConfigKeys(IEnumerable<string> keyFilters)
    {
        var filters = new List<string>();
        foreach (var raw in keyFilters)
        {
            var filter = (raw ?? "").Trim();
            if (filter.Length == 0) continue;
            if (filter.Length > MaxConfigKeyFilterLength)
                throw new DomainException($"The declared key filter '{filter[..40]}…' of '{Name}' is longer than {MaxConfigKeyFilterLength} characters; shorten it or use a prefix filter such as 'Orders:*'.");
            try
            {
                KeyFilter.Parse(filter);
            }
            catch (DomainException ex)
            {
                throw new DomainException($"Declared key filter of '{Name}': {ex.Message}");
            }
            if (!filters.Contains(filter, StringComparer.Ordinal)) filters.Add(filter);
        }
        if (filters.Count > MaxDeclaredConfigKeys)
            throw new DomainException($"'{Name}' declares {filters.Count} key filters; at most {MaxDeclaredConfigKeys} are allowed: group keys under a prefix such as 'Orders:*'.");
        _declaredConfigKeys.Clear();
        _declaredConfigKeys.AddRange(filters);
    }

    /// <summary>Sets the service's own health thresholds (null or all-empty: the defaults); refused when they do not make sense together.</summary>
    public void SetHealthThresholds(HealthThresholdOverrides? overrides)
    {
        if (overrides is null || overrides.IsEmpty)
        {
            HealthThresholdOverrides = null;
            return;
        }
        try
        {
            HealthThresholds.Default.With(overrides);
        }
        catch (DomainException ex)
        {
            throw new DomainException($"Health thresholds of '{Name}': {ex.Message}");
        }
        HealthThresholdOverrides = overrides;
    }
    /// <summary>Declares which store the service reads; the catalog checks the store exists (<see cref="ServiceCatalog.SetConfigStore"/>).</summary>
    internal void ReadFrom(string? store) => ConfigStore = string.IsNullOrWhiteSpace(store) ? null : CatalogName.Validate(store, "config store");

    public void AddEndpoint(ServiceEndpoint endpoint)
    {
        if (EndpointIn(endpoint.Environment) is not null)
            throw new DomainException($"Service '{Name}' already has an endpoint in '{endpoint.Environment}'; edit that one instead.");
        _endpoints.Add(endpoint);
    }

    /// <summary>Changes the URL and probe paths of the endpoint in the replacement's environment.</summary>
    public void ReplaceEndpoint(ServiceEndpoint replacement)
    {
        var existing = EndpointIn(replacement.Environment)
            ?? throw new DomainException($"Service '{Name}' has no endpoint in '{replacement.Environment}' to replace; add one instead.");
        // The stored endpoint is kept and changed in place: it is owned by the service and keyed by its environment.
        existing.CopyFrom(replacement);
    }

    public void RemoveEndpoint(string environment)
    {
        var existing = EndpointIn(environment)
            ?? throw new DomainException($"Service '{Name}' has no endpoint in '{environment}' to remove; it has {DescribeEnvironments()}.");
        _endpoints.Remove(existing);
    }

    public ServiceEndpoint? EndpointIn(string environment) =>
        _endpoints.FirstOrDefault(e => string.Equals(e.Environment, environment, StringComparison.OrdinalIgnoreCase));

    private string DescribeEnvironments() => _endpoints.Count == 0
        ? "no endpoints"
        : "endpoints in " + string.Join(", ", _endpoints.Select(e => e.Environment));
}
