using System.Text.Json;
using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning.Json;

namespace Dashboard.Analysis.Scanning;

/// <summary>
/// The one place that turns a <see cref="ScanResult"/> into the scan JSON that pipelines read, from the
/// command-line tool and from <c>POST /api/scan</c> alike:
/// <c>{"services":[…],"diagnostics":[{"file","message"}]}</c>.
/// </summary>
public static class ScanJson
{
    /// <summary>The scan as the JSON contract's documents, for hosts that serialize with <see cref="ScanJsonContext"/>.</summary>
    public static ScanDocument ToDocument(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScanDocument(
            [.. result.Services.Select(ToDocument)],
            [.. result.Diagnostics.Select(d => new DiagnosticDocument(d.File, d.Message))]);
    }

    /// <summary>The scan as compact JSON text.</summary>
    public static string Serialize(ScanResult result) =>
        JsonSerializer.Serialize(ToDocument(result), ScanJsonContext.Default.ScanDocument);

    private static ServiceDocument ToDocument(ServiceScan service) => new(
        service.Name,
        service.Path,
        [.. service.Selectors.Select(s => new SelectorDocument(s.KeyFilter, s.LabelFilter, s.Dynamic))],
        [.. service.Refresh.Select(r => new RefreshDocument(r.Key, r.Label, r.RefreshAll))],
        service.WatchAll,
        service.RefreshIntervalSeconds,
        service.FeatureFlagSelectors,
        [.. service.Reads.Select(r => new ReadDocument(r.Key, r.File, r.Line))],
        [.. service.OptionsBindings.Select(b => new OptionsBindingDocument(b.Section, b.Type, b.File, b.Line))],
        [.. service.HttpClients.Select(c => new HttpClientDocument(c.Name, RetryName(c.Retry), c.Attempts))],
        [.. service.HealthEndpoints.Select(h => new HealthEndpointDocument(h.Path, h.LivenessOnly))],
        [.. service.Findings.Select(f => new FindingDocument(f.Rule, f.Message, f.File, f.Line))]);

    // Spelled out rather than derived from the enum's names, so renaming a member cannot change the contract.
    private static string RetryName(HttpRetryKind retry) => retry switch
    {
        HttpRetryKind.None => "none",
        HttpRetryKind.Immediate => "immediate",
        HttpRetryKind.Backoff => "backoff",
        _ => throw new ArgumentOutOfRangeException(nameof(retry), retry, "No JSON name for this retry kind; add one to ScanJson."),
    };
}
