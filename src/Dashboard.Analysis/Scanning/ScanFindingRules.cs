using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

// The risks of the billing incident, worded so the reader knows why it matters and how to fix it.
internal static class ScanFindingRules
{
    public static ScanFinding DisposeBeforeCreate(ReloadHandler handler, string? resource) => new(
        ScanRules.ReloadDisposeBeforeCreate,
        $"The OnChange handler for {handler.OptionsType ?? "these options"} releases {resource ?? "a resource"} before its replacement is created: "
        + "every request fails until the new one is ready. Create and open the replacement first, swap it in, then dispose the old one.",
        handler.File,
        handler.Line);

    public static ScanFinding RetryWithoutBackoff(HttpClientResilience client) => new(
        ScanRules.RetryWithoutBackoff,
        $"HttpClient '{client.Name}' retries {client.Attempts} time{(client.Attempts == 1 ? "" : "s")} with no delay: a short outage of the callee "
        + $"becomes up to {(long)client.Attempts + 1}x the load. Use exponential backoff with jitter (WaitAndRetryAsync or AddStandardResilienceHandler).",
        client.File,
        client.Line);

    public static ScanFinding HealthCheckIncludesDependencies(HealthEndpoint endpoint, IReadOnlyList<string> dependencyChecks) => new(
        ScanRules.HealthCheckIncludesDependencies,
        $"Health endpoint '{endpoint.Path}' runs every registered check, including dependencies ({string.Join(", ", dependencyChecks.Distinct())}), "
        + "and no endpoint checks liveness alone: a slow dependency makes every instance look dead and the load balancer pulls them all. "
        + "Map a liveness endpoint with Predicate = _ => false and probe dependencies on a separate readiness endpoint.",
        endpoint.File,
        endpoint.Line);
}
