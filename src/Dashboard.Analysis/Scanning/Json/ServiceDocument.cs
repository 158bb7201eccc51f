namespace Dashboard.Analysis.Scanning.Json;

/// <summary>One scanned service in the scan JSON; files are relative to the scanned root, lines 1-based.</summary>
public sealed record ServiceDocument(
    string Name,
    string Path,
    IReadOnlyList<SelectorDocument> Selectors,
    IReadOnlyList<RefreshDocument> Refresh,
    bool WatchAll,
    double RefreshIntervalSeconds,
    IReadOnlyList<string> FeatureFlagSelectors,
    IReadOnlyList<ReadDocument> Reads,
    IReadOnlyList<OptionsBindingDocument> OptionsBindings,
    IReadOnlyList<HttpClientDocument> HttpClients,
    IReadOnlyList<HealthEndpointDocument> HealthEndpoints,
    IReadOnlyList<FindingDocument> Findings);
