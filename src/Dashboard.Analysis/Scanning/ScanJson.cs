using System.Text.Json;
using Dashboard.Analysis.Scanning.Json;
using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

/// <summary>
/// The one place that turns a <see cref="ScanResult"/> into the scan JSON that pipelines read, from the
/// command-line tool and from <c>POST /api/scan</c> alike:
/// <c>{"services":[…],"diagnostics":[{"file","line","message"}]}</c>. The null label is written <c>"\u0000"</c>
/// here and in the blast-radius JSON; a label computed at run time is <c>null</c>.
/// </summary>
public static class ScanJson
{
    /// <summary>The scan as the JSON contract's documents, for hosts that serialize with <see cref="ScanJsonContext"/>.</summary>
    public static ScanDocument ToDocument(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScanDocument(
            [.. result.Services.Select(ToDocument)],
            [.. result.Diagnostics.Select(d => new DiagnosticDocument(d.File, d.Line, d.Message))]);
    }

    /// <summary>The scan as compact JSON text.</summary>
    public static string Serialize(ScanResult result) =>
        JsonSerializer.Serialize(ToDocument(result), ScanJsonContext.Default.ScanDocument);

    private static ServiceDocument ToDocument(ServiceScan service) => new(
        service.Name,
        service.Path,
        [.. service.Selectors.Select(s => new SelectorDocument(s.KeyFilter, s.LabelFilter, s.Dynamic, s.File, s.Line))],
        [.. service.SnapshotSelectors.Select(s => new SnapshotDocument(s.Name, s.File, s.Line))],
        service.TrimKeyPrefixes,
        [.. service.Refresh.Select(r => new RefreshDocument(r.Key, r.Label, r.RefreshAll, r.LoadedByRegistration, r.File, r.Line))],
        service.WatchAll,
        service.RefreshIntervalSeconds,
        service.RefreshDriven,
        [.. service.RefreshDrivers.Select(d => new RefreshDriverDocument(DriverName(d.Kind), d.File, d.Line))],
        service.KeyVault is { } keyVault ? new KeyVaultDocument(keyVault.SecretRefreshSeconds, keyVault.File, keyVault.Line) : null,
        service.FeatureFlagSelectors,
        [.. service.FeatureFlagReads.Select(f => new FeatureFlagReadDocument(f.Flag, CheckName(f.Kind), f.File, f.Line))],
        [.. service.Reads.Select(r => new ReadDocument(r.Key, r.StoreKey, ReadName(r.Kind), r.Fallback, r.File, r.Line))],
        [.. service.CapturedReads.Select(c => new CapturedReadDocument(c.Key, c.Reason, c.File, c.Line))],
        [.. service.OptionsBindings.Select(b => new OptionsBindingDocument(b.Section, b.Type, b.File, b.Line))],
        [.. service.OptionsTypes.Select(t => new OptionsTypeDocument(t.Name, t.Keys, t.File, t.Line))],
        [.. service.OptionsConsumers.Select(c => new OptionsConsumerDocument(c.Type, AccessName(c.Access), c.CapturedAtStartup, c.File, c.Line))],
        [.. service.HttpClients.Select(c => new HttpClientDocument(c.Name, RetryName(c.Retry), c.Attempts, c.CircuitBreaker, c.TypedClient,
            c.BaseAddressKey, c.BaseAddress, c.FromDefaults, c.File, c.Line))],
        [.. service.HealthEndpoints.Select(h => new HealthEndpointDocument(h.Path, h.LivenessOnly))],
        [.. service.Findings.Select(f => new FindingDocument(f.Rule, f.Message, f.File, f.Line))]);

    // Names are spelled out rather than derived from the enums, so renaming a member cannot change the contract.
    private static string RetryName(HttpRetryKind retry) => retry switch
    {
        HttpRetryKind.None => "none",
        HttpRetryKind.Immediate => "immediate",
        HttpRetryKind.Backoff => "backoff",
        _ => throw Unnamed(retry),
    };

    private static string ReadName(ConfigReadKind kind) => kind switch
    {
        ConfigReadKind.Indexer => "indexer",
        ConfigReadKind.GetValue => "get-value",
        ConfigReadKind.SectionValue => "section-value",
        ConfigReadKind.ConnectionString => "connection-string",
        ConfigReadKind.Section => "section",
        ConfigReadKind.BindingExpression => "binding-expression",
        ConfigReadKind.ConnectionSetting => "connection-setting",
        _ => throw Unnamed(kind),
    };

    private static string CheckName(FeatureFlagCheck kind) => kind switch
    {
        FeatureFlagCheck.IsEnabled => "is-enabled",
        FeatureFlagCheck.FeatureGate => "feature-gate",
        FeatureFlagCheck.Variant => "variant",
        FeatureFlagCheck.TagHelper => "tag-helper",
        FeatureFlagCheck.Middleware => "middleware",
        FeatureFlagCheck.Filter => "filter",
        FeatureFlagCheck.VariantService => "variant-service",
        _ => throw Unnamed(kind),
    };

    private static string DriverName(RefreshDriverKind kind) => kind switch
    {
        RefreshDriverKind.Middleware => "middleware",
        RefreshDriverKind.Refresher => "refresher",
        RefreshDriverKind.PushNotification => "push-notification",
        _ => throw Unnamed(kind),
    };

    private static string AccessName(OptionsAccess access) => access switch
    {
        OptionsAccess.Options => "options",
        OptionsAccess.Snapshot => "snapshot",
        OptionsAccess.Monitor => "monitor",
        _ => throw Unnamed(access),
    };

    private static ArgumentOutOfRangeException Unnamed<T>(T value) where T : Enum =>
        new(typeof(T).Name, value, $"No JSON name for this {typeof(T).Name}; add one to ScanJson.");
}
