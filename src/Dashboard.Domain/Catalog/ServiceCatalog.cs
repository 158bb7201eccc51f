namespace Dashboard.Domain.Catalog;

/// <summary>
/// The declared world: environments, services, resources, the dependencies between them and the config stores.
/// Every cross-reference is checked here, so a dependency on an unknown service can never be recorded.
/// </summary>
public sealed class ServiceCatalog
{
    private readonly Dictionary<string, DeploymentEnvironment> _environments = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Service> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Resource> _resources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ConfigStore> _stores = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Dependency> _dependencies = [];

    public IReadOnlyList<DeploymentEnvironment> Environments => [.. _environments.Values.OrderBy(e => e.Rank)];
    public IReadOnlyList<Service> Services => [.. _services.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
    public IReadOnlyList<Resource> Resources => [.. _resources.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];
    public IReadOnlyList<ConfigStore> Stores => [.. _stores.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
    public IReadOnlyList<Dependency> Dependencies => _dependencies;

    public bool IsEmpty => _services.Count == 0 && _resources.Count == 0;

    /// <summary>Rebuilds a catalog from stored parts, checking every reference again.</summary>
    public static ServiceCatalog Restore(
        IEnumerable<DeploymentEnvironment> environments,
        IEnumerable<Service> services,
        IEnumerable<Resource> resources,
        IEnumerable<Dependency> dependencies,
        IEnumerable<ConfigStore> stores)
    {
        var catalog = new ServiceCatalog();
        foreach (var environment in environments) catalog.AddEnvironment(environment);
        foreach (var service in services) catalog.AddService(service);
        foreach (var resource in resources) catalog.AddResource(resource);
        foreach (var store in stores) catalog.AddStoreChecked(store);
        foreach (var service in catalog._services.Values.Where(s => s.ConfigStore is not null)) catalog.RequireStore(service.ConfigStore!);
        foreach (var dependency in dependencies) catalog.AddDependencyChecked(dependency);
        return catalog;
    }

    public DeploymentEnvironment AddEnvironment(DeploymentEnvironment environment)
    {
        if (!_environments.TryAdd(environment.Name, environment))
            throw new DomainException($"Environment '{environment.Name}' already exists.");
        return environment;
    }

    public Service AddService(Service service)
    {
        if (_resources.ContainsKey(service.Name) || !_services.TryAdd(service.Name, service))
            throw new DomainException($"'{service.Name}' already exists in the catalog; names are unique across services and resources.");
        foreach (var endpoint in service.Endpoints) RequireEnvironment(endpoint.Environment, $"service '{service.Name}'");
        return service;
    }

    public Resource AddResource(Resource resource)
    {
        if (_services.ContainsKey(resource.Name) || !_resources.TryAdd(resource.Name, resource))
            throw new DomainException($"'{resource.Name}' already exists in the catalog; names are unique across services and resources.");
        return resource;
    }

    public void AddEndpoint(string serviceName, ServiceEndpoint endpoint)
    {
        RequireEnvironment(endpoint.Environment, $"service '{serviceName}'");
        RequireService(serviceName).AddEndpoint(endpoint);
    }

    public Dependency AddDependency(string caller, DependencyTargetKind targetKind, string target, RetryPolicy retry, string notes = "")
    {
        var dependency = new Dependency(caller.Trim(), targetKind, target.Trim(), retry, notes);
        AddDependencyChecked(dependency);
        return dependency;
    }

    public ConfigStore AddStore(ConfigStore store, params ConfigStoreBinding[] bindings)
    {
        foreach (var binding in bindings)
        {
            RequireEnvironment(binding.Environment, $"store '{store.Name}'");
            store.Bind(binding);
        }
        AddStoreChecked(store);
        return store;
    }

    public ConfigStore? FindStore(string name) => _stores.GetValueOrDefault(name);

    /// <summary>Moves a store, changes its sign-in and replaces its environments' labels; refused as a whole when any part is invalid.</summary>
    public ConfigStore UpdateStore(string name, Uri? endpoint, ConfigStoreAuthentication? authentication, IReadOnlyList<ConfigStoreBinding> bindings)
    {
        var store = RequireStore(name);
        foreach (var binding in bindings) RequireEnvironment(binding.Environment, $"store '{store.Name}'");
        var (oldEndpoint, oldAuthentication) = (store.Endpoint, store.Authentication);
        store.Reconnect(endpoint, authentication);
        try
        {
            store.Rebind(bindings);
        }
        catch (DomainException)
        {
            store.Reconnect(oldEndpoint, oldAuthentication);
            throw;
        }
        return store;
    }

    /// <summary>Removes a store. Refused while services declare they read it: they would point at nothing.</summary>
    public ConfigStore RemoveStore(string name)
    {
        var store = RequireStore(name);
        var readers = _services.Values.Where(s => string.Equals(s.ConfigStore, store.Name, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        if (readers.Count > 0)
            throw new DomainException(
                $"Store '{store.Name}' cannot be removed while {string.Join(", ", readers)} read{(readers.Count == 1 ? "s" : "")} it; point {(readers.Count == 1 ? "that service" : "those services")} at another store first.");
        _stores.Remove(store.Name);
        return store;
    }

    /// <summary>Declares which store a service reads (null: none declared); the store must be in the catalog.</summary>
    public void SetConfigStore(string serviceName, string? storeName)
    {
        var service = RequireService(serviceName);
        service.ReadFrom(string.IsNullOrWhiteSpace(storeName) ? null : RequireStore(storeName.Trim()).Name);
    }

    public Service? FindService(string name) => _services.GetValueOrDefault(name);

    /// <summary>The key filters each service declares it reads, for services that declare any.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DeclaredKeyFilters() =>
        _services.Values.Where(s => s.DeclaredConfigKeys.Count > 0)
            .ToDictionary(s => s.Name, s => s.DeclaredConfigKeys, StringComparer.OrdinalIgnoreCase);

    public Resource? FindResource(string name) => _resources.GetValueOrDefault(name);

    public DeploymentEnvironment? FindEnvironment(string name) => _environments.GetValueOrDefault(name);

    public Dependency? FindDependency(string caller, DependencyTargetKind targetKind, string target) =>
        _dependencies.FirstOrDefault(d => d.Targets(caller.Trim(), targetKind, target.Trim()));

    /// <summary>Sets how a caller retries one of its dependencies; <paramref name="notes"/> null keeps the notes.</summary>
    public Dependency ChangeRetryPolicy(string caller, DependencyTargetKind targetKind, string target, RetryPolicy retry, string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(retry);
        var dependency = RequireDependency(caller, targetKind, target);
        dependency.ChangeRetry(retry, notes);
        return dependency;
    }

    public Dependency RemoveDependency(string caller, DependencyTargetKind targetKind, string target)
    {
        var dependency = RequireDependency(caller, targetKind, target);
        _dependencies.Remove(dependency);
        return dependency;
    }

    /// <summary>
    /// Removes a service and the calls it makes. Refused while other services call it: removing it would leave
    /// their dependencies pointing at nothing.
    /// </summary>
    public Service RemoveService(string name)
    {
        var service = RequireService(name);
        var callers = DependentsOf(service.Name).Select(d => d.Caller).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (callers.Count > 0)
            throw new DomainException(
                $"'{service.Name}' cannot be removed while {string.Join(", ", callers)} depend{(callers.Count == 1 ? "s" : "")} on it; remove or retarget {(callers.Count == 1 ? "that dependency" : "those dependencies")} first.");
        _dependencies.RemoveAll(d => string.Equals(d.Caller, service.Name, StringComparison.OrdinalIgnoreCase));
        _services.Remove(service.Name);
        return service;
    }

    public IEnumerable<Dependency> DependenciesOf(string caller) =>
        _dependencies.Where(d => string.Equals(d.Caller, caller, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Dependency> DependentsOf(string serviceName) =>
        _dependencies.Where(d => d.TargetKind == DependencyTargetKind.Service
                                 && string.Equals(d.Target, serviceName, StringComparison.OrdinalIgnoreCase));

    private void AddStoreChecked(ConfigStore store)
    {
        foreach (var binding in store.Bindings) RequireEnvironment(binding.Environment, $"store '{store.Name}'");
        if (!_stores.TryAdd(store.Name, store))
            throw new DomainException($"Config store '{store.Name}' already exists.");
    }

    private void AddDependencyChecked(Dependency dependency)
    {
        RequireService(dependency.Caller);
        var targetKnown = dependency.TargetKind == DependencyTargetKind.Service
            ? _services.ContainsKey(dependency.Target)
            : _resources.ContainsKey(dependency.Target);
        if (!targetKnown)
            throw new DomainException(
                $"'{dependency.Caller}' cannot depend on unknown {dependency.TargetKind.ToString().ToLowerInvariant()} '{dependency.Target}'; add it to the catalog first.");
        if (dependency.TargetKind == DependencyTargetKind.Service
            && string.Equals(dependency.Caller, dependency.Target, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"'{dependency.Caller}' cannot depend on itself.");
        if (_dependencies.Any(d => string.Equals(d.Caller, dependency.Caller, StringComparison.OrdinalIgnoreCase)
                                   && d.TargetKind == dependency.TargetKind
                                   && string.Equals(d.Target, dependency.Target, StringComparison.OrdinalIgnoreCase)))
            throw new DomainException($"'{dependency.Caller}' already depends on {dependency.TargetReference}; edit that dependency instead.");
        _dependencies.Add(dependency);
    }

    private Dependency RequireDependency(string caller, DependencyTargetKind targetKind, string target)
    {
        var dependency = FindDependency(caller, targetKind, target);
        if (dependency is not null) return dependency;
        var known = DependenciesOf(caller.Trim()).Select(d => d.TargetReference).ToList();
        throw new DomainException(
            $"'{caller}' has no dependency on {(targetKind == DependencyTargetKind.Service ? "component:" : "resource:")}{target}; "
            + (known.Count == 0 ? "it has no dependencies." : $"it depends on {string.Join(", ", known)}."));
    }

    private ConfigStore RequireStore(string name) =>
        _stores.GetValueOrDefault(name)
        ?? throw new DomainException(
            $"Unknown config store '{name}'; known stores: {(_stores.Count == 0 ? "none yet, add one on the Stores page" : string.Join(", ", _stores.Keys.Order(StringComparer.Ordinal)))}.");

    private Service RequireService(string name) =>
        _services.GetValueOrDefault(name)
        ?? throw new DomainException($"Unknown service '{name}'; add it to the catalog first.");

    private void RequireEnvironment(string name, string usedBy)
    {
        if (!_environments.ContainsKey(name))
            throw new DomainException(
                $"Unknown environment '{name}' used by {usedBy}; known environments: {string.Join(", ", _environments.Keys.Order())}.");
    }
}
