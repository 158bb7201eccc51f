using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.ConfigMap;

/// <summary>
/// The three sources of the map for one store and environment: the live store's key-values, what the services'
/// code does (a scan), and what the catalog declares. Any source may be missing; the map shows what the others tell.
/// </summary>
public sealed record ConfigMapInput
{
    public required string Store { get; init; }
    public required string Environment { get; init; }
    /// <summary>The label this environment reads in the store (null: the null label only).</summary>
    public string? EnvironmentLabel { get; init; }
    public IReadOnlyList<ConfigSetting> Settings { get; init; } = [];
    public ScanResult? Scan { get; init; }
    public ServiceCatalog? Catalog { get; init; }
    /// <summary>Key filters a service declares it reads (catalog annotation), by service.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> DeclaredKeyFilters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Where each catalog entry was declared, for evidence.</summary>
    public IReadOnlyDictionary<string, CatalogEntrySource> CatalogSources { get; init; } = new Dictionary<string, CatalogEntrySource>();
}
