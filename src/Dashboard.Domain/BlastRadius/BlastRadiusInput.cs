using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Everything one blast-radius analysis needs. The caller builds <see cref="Map"/> for the target environment
/// (for a key that does not exist yet, over the store's settings plus the proposed one), so selector matching is
/// decided once, by the config map.
/// </summary>
public sealed record BlastRadiusInput
{
    public required ProposedChange Change { get; init; }
    /// <summary>The environment the change targets, e.g. "production".</summary>
    public required string Environment { get; init; }
    public bool IsProduction { get; init; }
    /// <summary>The config map of <see cref="ProposedChange.Store"/> in <see cref="Environment"/>.</summary>
    public required ConfigMap.ConfigMap Map { get; init; }
    public ScanResult? Scan { get; init; }
    public ServiceCatalog? Catalog { get; init; }
    /// <summary>The key's current setting in every environment's label, by environment name (null: absent there).</summary>
    public IReadOnlyDictionary<string, ConfigSetting?> CurrentSettings { get; init; } = new Dictionary<string, ConfigSetting?>();
    /// <summary>Every key name in the store (any label), for look-alikes.</summary>
    public IReadOnlyCollection<string> StoreKeys { get; init; } = [];
    /// <summary>The change has been applied to staging and staging was verified healthy.</summary>
    public bool ValidatedInStaging { get; init; }
}
