namespace Dashboard.Domain.Scanning;

/// <summary>
/// What one service's source does with configuration: what it loads from App Configuration and how it refreshes,
/// which keys it reads, how it reloads, retries and reports health, and the risks found. Files are relative to
/// the scanned root with forward slashes; lines are 1-based.
/// </summary>
public sealed record ServiceScan
{
    /// <summary>The App Configuration provider's refresh interval when the code does not set one.</summary>
    public const double DefaultRefreshIntervalSeconds = 30;

    public required string Name { get; init; }
    /// <summary>The service's folder relative to the scanned root ("" for the root itself).</summary>
    public required string Path { get; init; }
    public IReadOnlyList<ConfigSelector> Selectors { get; init; } = [];
    public IReadOnlyList<SnapshotSelector> SnapshotSelectors { get; init; } = [];
    public IReadOnlyList<string> TrimKeyPrefixes { get; init; } = [];
    public IReadOnlyList<RefreshRegistration> Refresh { get; init; } = [];
    /// <summary><c>RegisterAll()</c>: any change to a selected key reloads them all.</summary>
    public bool WatchAll { get; init; }
    public double RefreshIntervalSeconds { get; init; } = DefaultRefreshIntervalSeconds;
    /// <summary>Something actually triggers refresh (the middleware, a refresher call, push notifications); otherwise registrations never fire.</summary>
    public bool RefreshDriven { get; init; }
    /// <summary>What drives refresh, each with its file and line (empty when nothing does).</summary>
    public IReadOnlyList<RefreshDriver> RefreshDrivers { get; init; } = [];
    /// <summary><c>ConfigureKeyVault</c>, when the provider resolves Key Vault references; null otherwise.</summary>
    public KeyVaultUse? KeyVault { get; init; }
    /// <summary>Feature flag key filters loaded from App Configuration (<c>*</c> for all flags).</summary>
    public IReadOnlyList<string> FeatureFlagSelectors { get; init; } = [];
    public IReadOnlyList<ConfigRead> Reads { get; init; } = [];
    public IReadOnlyList<OptionsBinding> OptionsBindings { get; init; } = [];
    /// <summary>The options types the service declares, with the keys binding fills.</summary>
    public IReadOnlyList<OptionsType> OptionsTypes { get; init; } = [];
    /// <summary>Where options are taken, and whether the value is kept from start-up.</summary>
    public IReadOnlyList<OptionsConsumer> OptionsConsumers { get; init; } = [];
    /// <summary>Values read once at start-up and kept: a refresh does not reach them.</summary>
    public IReadOnlyList<CapturedRead> CapturedReads { get; init; } = [];
    public IReadOnlyList<FeatureFlagRead> FeatureFlagReads { get; init; } = [];
    public IReadOnlyList<ReloadHandler> ReloadHandlers { get; init; } = [];
    public IReadOnlyList<HttpClientResilience> HttpClients { get; init; } = [];
    public IReadOnlyList<HealthEndpoint> HealthEndpoints { get; init; } = [];
    public IReadOnlyList<ScanFinding> Findings { get; init; } = [];
}
