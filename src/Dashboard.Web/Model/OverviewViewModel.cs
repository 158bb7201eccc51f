using Dashboard.Domain.Catalog;

namespace Dashboard.Web.Model;

/// <summary>The Overview page's state: the declared world as rows, or why it could not be loaded.</summary>
public sealed class OverviewViewModel(ICatalogSource catalogSource, ILogger<OverviewViewModel> logger)
{
    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    public IReadOnlyList<ServiceRow> Services { get; private set; } = [];
    public IReadOnlyList<EnvironmentRow> Environments { get; private set; } = [];
    public IReadOnlyList<StoreRow> Stores { get; private set; } = [];
    public IReadOnlyList<ResourceRow> Resources { get; private set; } = [];

    public int DependencyCount => Services.Sum(s => s.DependsOn.Count);
    public int RetriesWithoutBackoffCount => Services.Sum(s => s.DependsOn.Count(d => d.RetriesWithoutBackoff));
    public bool IsEmpty => State == LoadState.Loaded && Services.Count == 0 && Resources.Count == 0;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = LoadState.Loading;
        try
        {
            var catalog = await catalogSource.LoadAsync(cancellationToken);
            Services = [.. catalog.Services.Select(s => ToRow(catalog, s))];
            Environments = [.. catalog.Environments.Select(e => new EnvironmentRow(e.Name, e.IsProduction))];
            Stores = [.. catalog.Stores.Select(ToRow)];
            Resources = [.. catalog.Resources.Select(r => new ResourceRow(r.Name, r.Kind.ToString(), r.OwnerTeam, r.Description))];
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the service catalog failed");
            Error = $"The service catalog could not be loaded: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    private static ServiceRow ToRow(ServiceCatalog catalog, Service service) => new(
        service.Name, service.OwnerTeam, service.Kind.ToString(), service.Lifecycle.ToString(), service.Description,
        [.. service.Endpoints.Select(e => new EndpointRow(e.Environment, e.BaseUrl.ToString(), e.LivenessPath, e.ReadinessPath))],
        [.. catalog.DependenciesOf(service.Name).Select(d => new DependencyRow(
            d.Target, d.TargetKind == DependencyTargetKind.Service, d.Retry.Describe(), d.Retry.RetriesWithoutBackoff))],
        [.. catalog.DependentsOf(service.Name).Select(d => d.Caller).Order(StringComparer.Ordinal)]);

    private static StoreRow ToRow(ConfigStore store) => new(
        store.Name,
        store.Kind == ConfigStoreKind.Local ? "Local (embedded)" : "Azure App Configuration",
        store.Endpoint?.ToString(),
        [.. store.Bindings.Select(b => $"{b.Environment} → {(b.Label is null ? "null label" : $"label '{b.Label}'")}")],
        store.IsSharedAcrossEnvironments);
}
