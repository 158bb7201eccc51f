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
    public bool RefreshDriven { get; set; }
    public List<string> FeatureFlagSelectors { get; } = [];
    public List<ConfigRead> Reads { get; } = [];
    public List<OptionsBinding> OptionsBindings { get; } = [];
    public List<FeatureFlagRead> FeatureFlagReads { get; } = [];
    public List<ReloadHandler> ReloadHandlers { get; } = [];
    public List<HttpClientResilience> HttpClients { get; } = [];
    public List<HealthEndpointCandidate> HealthEndpoints { get; } = [];
    // Names of registered health checks that probe something outside the process.
    public List<string> DependencyChecks { get; } = [];
    public List<ScanFinding> Findings { get; } = [];
    public List<ScanDiagnostic> Diagnostics { get; } = [];

    public void Diagnose(SourceLine where, string message) =>
        Diagnostics.Add(new ScanDiagnostic(where.File, $"line {where.Line}: {message}"));
}
