using Dashboard.Domain.Catalog;
using Dashboard.Domain.Health;
using Dashboard.Domain.Scanning;

namespace Dashboard.Application.Health;

/// <summary>Every service and environment the catalog gives an endpoint for: what the health sources report on.</summary>
public sealed record HealthWatchList(IReadOnlyList<WatchedEndpoint> Endpoints)
{
    public static readonly HealthWatchList Empty = new([]);

    public static HealthWatchList From(ServiceCatalog catalog, ScanResult? scan)
    {
        var scans = (scan?.Services ?? []).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        return new HealthWatchList([.. catalog.Services.SelectMany(service => service.Endpoints.Select(endpoint => new WatchedEndpoint(
            service.Name, endpoint.Environment, endpoint.ProbedInstances, endpoint.LivenessPath, endpoint.ReadinessPath, service.HealthThresholds,
            ReadinessWiring.From(scans.GetValueOrDefault(service.Name), endpoint.ReadinessPath))))]);
    }

    public WatchedEndpoint? Find(string service, string environment) =>
        Endpoints.FirstOrDefault(e => string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase)
            && string.Equals(e.Environment, environment, StringComparison.OrdinalIgnoreCase));
}
