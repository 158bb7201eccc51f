using Dashboard.Application.Health;
using Dashboard.Infrastructure.Health;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// Application Insights request telemetry as a health source: each configured workspace holds one environment; its
/// role names are matched to catalog services by name. A watched service without rows gets an empty minute, so its
/// state says "no requests" rather than nothing. Degraded on partial data or when some workspaces fail; unavailable when all fail.
/// </summary>
public sealed class LogAnalyticsHealthSource(RequestSummaryCache cache, IOptions<HealthOptions> options, TimeProvider time) : IHealthSource
{
    public const string SourceName = "log-analytics";

    public string Name => SourceName;

    public HealthSourceKind Kind => HealthSourceKind.RequestTelemetry;

    public TimeSpan Interval => TimeSpan.FromSeconds(options.Value.LogAnalytics.RefreshSeconds);

    public async Task<HealthSourceReading> ReadAsync(HealthWatchList watchList, CancellationToken cancellationToken)
    {
        var observations = new List<HealthObservation>();
        var problems = new List<string>();
        var workspaces = options.Value.LogAnalytics.Workspaces;
        var failed = 0;
        foreach (var workspace in workspaces)
        {
            try
            {
                var summary = await cache.GetAsync(workspace.WorkspaceId, cancellationToken);
                if (summary.PartialError is { } partial) problems.Add($"partial data for {workspace.Environment}: {partial}");
                observations.AddRange(Observe(summary, workspace.Environment, watchList));
            }
            catch (LogAnalyticsException failure)
            {
                failed++;
                problems.Add($"{workspace.Environment}: {failure.Message}");
            }
        }
        var now = time.GetUtcNow();
        var condition = failed == workspaces.Count && failed > 0 ? HealthSourceCondition.Unavailable
            : problems.Count > 0 ? HealthSourceCondition.Degraded
            : HealthSourceCondition.Ok;
        var message = problems.Count > 0
            ? string.Join("; ", problems)
            : $"request telemetry of {observations.Count} services from {workspaces.Count} workspace{(workspaces.Count == 1 ? "" : "s")}";
        return new HealthSourceReading(new HealthSourceStatus(Name, Kind, condition, message, now), observations);
    }

    private IEnumerable<HealthObservation> Observe(RequestSummary summary, string environment, HealthWatchList watchList)
    {
        var minute = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds() / 60 * 60);
        foreach (var endpoint in watchList.Endpoints.Where(e => string.Equals(e.Environment, environment, StringComparison.OrdinalIgnoreCase)))
        {
            var samples = summary.ByService.GetValueOrDefault(endpoint.Service) ?? [new RequestSample(minute, 0, 0, 0, null)];
            yield return new HealthObservation(endpoint.Service, endpoint.Environment, [], samples);
        }
    }
}
