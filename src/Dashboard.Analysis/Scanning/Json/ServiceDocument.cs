namespace Dashboard.Analysis.Scanning.Json;

/// <summary>One scanned service in the scan JSON; files are relative to the scanned root, lines 1-based.</summary>
public sealed record ServiceDocument(
    string Name,
    string Path,
    IReadOnlyList<SelectorDocument> Selectors,
    IReadOnlyList<SnapshotDocument> Snapshots,
    IReadOnlyList<string> TrimKeyPrefixes,
    IReadOnlyList<RefreshDocument> Refresh,
    bool WatchAll,
    double RefreshIntervalSeconds,
    bool RefreshDriven,
    IReadOnlyList<RefreshDriverDocument> RefreshDrivenBy,
    KeyVaultDocument? KeyVault,
    IReadOnlyList<string> FeatureFlagSelectors,
    IReadOnlyList<FeatureFlagReadDocument> FeatureFlagReads,
    IReadOnlyList<ReadDocument> Reads,
    IReadOnlyList<CapturedReadDocument> CapturedReads,
    IReadOnlyList<OptionsBindingDocument> OptionsBindings,
    IReadOnlyList<OptionsTypeDocument> OptionsTypes,
    IReadOnlyList<OptionsConsumerDocument> OptionsConsumers,
    IReadOnlyList<HttpClientDocument> HttpClients,
    IReadOnlyList<HealthEndpointDocument> HealthEndpoints,
    IReadOnlyList<FindingDocument> Findings);
