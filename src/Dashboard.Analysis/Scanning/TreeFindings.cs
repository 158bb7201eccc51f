using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

// What one file contributes to its service's scan; files are analysed in parallel and merged afterwards.
internal sealed class TreeFindings
{
    public List<ConfigSelector> Selectors { get; } = [];
    public List<SnapshotSelector> SnapshotSelectors { get; } = [];
    public List<string> TrimKeyPrefixes { get; } = [];
    public List<RefreshRegistration> Refresh { get; } = [];
    public bool WatchAll { get; set; }
    public double? RefreshIntervalSeconds { get; set; }
    public List<RefreshDriver> RefreshDrivers { get; } = [];
    public KeyVaultUse? KeyVault { get; set; }
    public List<string> FeatureFlagSelectors { get; } = [];
    public List<ConfigRead> Reads { get; } = [];
    // Reads inside the App Configuration provider's own options (its endpoint, say): they cannot come from that store.
    public HashSet<ConfigRead> ReadsBeforeProvider { get; } = [];
    public List<OptionsBinding> OptionsBindings { get; } = [];
    public List<OptionsType> OptionsTypes { get; } = [];
    public List<OptionsConsumer> OptionsConsumers { get; } = [];
    // Options values kept by a constructor: start-up values only if the class is a singleton.
    public List<(string Class, OptionsConsumer Consumer)> ConstructorConsumers { get; } = [];
    // Values kept from a constructor: they count only if the class turns out to be a singleton (registered anywhere).
    public List<(string Class, CapturedRead Read)> ConstructorCaptures { get; } = [];
    public List<CapturedRead> StartupCaptures { get; } = [];
    public HashSet<string> Singletons { get; } = new(StringComparer.Ordinal);
    public List<FeatureFlagRead> FeatureFlagReads { get; } = [];
    public List<ReloadHandler> ReloadHandlers { get; } = [];
    public List<HttpClientResilience> HttpClients { get; } = [];
    // A typed client's own constructor setting its base address: (class, key, url).
    public List<(string Class, string? Key, string? Url)> TypedClientAddresses { get; } = [];
    // The policy every client gets from ConfigureHttpClientDefaults.
    public HttpClientResilience? DefaultClientPolicy { get; set; }
    public List<HealthEndpointCandidate> HealthEndpoints { get; } = [];
    // Names of registered health checks that probe something outside the process.
    public List<string> DependencyChecks { get; } = [];
    public List<ScanFinding> Findings { get; } = [];
    public List<ScanDiagnostic> Diagnostics { get; } = [];

    public void Diagnose(SourceLine where, string message) =>
        Diagnostics.Add(new ScanDiagnostic(where.File, message) { Line = where.Line });
}
