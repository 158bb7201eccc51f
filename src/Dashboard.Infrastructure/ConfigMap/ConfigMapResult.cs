using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Infrastructure.ConfigMap;

/// <summary>A built map with the store and environment it is for and when it was built, or why there is none.</summary>
public sealed record ConfigMapResult(
    ServiceCatalog Catalog,
    ConfigStore? Store,
    DeploymentEnvironment? Environment,
    Domain.ConfigMap.ConfigMap? Map,
    IReadOnlyList<string> Diagnostics,
    ScanSnapshot? Scan,
    DateTimeOffset? BuiltAt = null)
{
    public static ConfigMapResult Unavailable(ServiceCatalog catalog, string reason) => new(catalog, null, null, null, [reason], null);
}
