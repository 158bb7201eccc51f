namespace Dashboard.Domain.ConfigMap;

/// <summary>How a service depends on a key, strongest first.</summary>
public enum UsageKind
{
    /// <summary>Code reads the key's configuration path (or a section containing it).</summary>
    Reads,
    /// <summary>A refreshAll sentinel the service registers: a change reloads every selected key.</summary>
    WatchesSentinel,
    /// <summary>Registered for refresh without refreshAll: a change reloads this key.</summary>
    Watches,
    /// <summary>RegisterAll(): any change to a selected key reloads the configuration.</summary>
    WatchAll,
    /// <summary>A feature flag the service loads.</summary>
    FeatureFlag,
    /// <summary>Loaded by the service's selectors, but no read was found (it may still be bound wholesale).</summary>
    SelectedNoRead,
    /// <summary>Declared in the service catalog.</summary>
    Declared,
}
