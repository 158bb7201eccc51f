using System.Globalization;
using Dashboard.Application.Health;
using Dashboard.Application.Incidents;
using Dashboard.Domain.Incidents;

namespace Dashboard.Web.Model;

/// <summary>The /health/{service} page: per environment its indicators, instances, and error rate and p95 over the last hour with the config changes applied there.</summary>
public sealed class ServiceHealthViewModel(HealthSeriesStore store, IChangeHistory changes, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public string Service { get; private set; } = "";
    public IReadOnlyList<ServiceEnvironmentHealth> Environments { get; private set; } = [];
    public string? ChangesError { get; private set; }

    public async Task LoadAsync(string service, CancellationToken cancellationToken)
    {
        Service = service;
        var to = time.GetUtcNow();
        var from = to - Window;
        var environments = new List<ServiceEnvironmentHealth>();
        ChangesError = null;
        foreach (var health in store.Current().Where(h => string.Equals(h.Service, service, StringComparison.OrdinalIgnoreCase)))
        {
            IReadOnlyList<CandidateChange> applied = [];
            try
            {
                applied = await changes.ChangesAsync(health.Environment, from, to, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Health stays on screen when the database is briefly down; the page says the changes are missing.
                ChangesError = $"Config changes could not be read: {error.GetBaseException().Message}";
            }
            var errorRate = store.Series(health.Service, health.Environment, HealthMetric.ServerErrorRate, from, to);
            var p95 = store.Series(health.Service, health.Environment, HealthMetric.P95Ms, from, to);
            environments.Add(new ServiceEnvironmentHealth(HealthGridViewModel.Cell(health), health,
                Chart("5xx rate", "%", errorRate, v => v * 100, applied), Chart("p95", "ms", p95, v => v, applied), applied));
        }
        Environments = environments;
    }

    private static ServiceHealthChart Chart(string title, string unit, IReadOnlyList<SeriesPoint> points, Func<double, double> scale, IReadOnlyList<CandidateChange> applied)
    {
        var values = points.Select(p => p.Value is { } v ? scale(v) : (double?)null).ToList();
        var top = Math.Max(1, values.Max() ?? 0);
        var changeMinutes = applied.Select(c => c.AppliedAt.UtcTicks / TimeSpan.TicksPerMinute).ToHashSet();
        var markers = points.Select(p => changeMinutes.Contains(p.Minute.UtcTicks / TimeSpan.TicksPerMinute) ? top : (double?)null).ToList();
        var labels = points.Select((p, i) => i % 10 == 0 || markers[i] is not null ? p.Minute.ToString("HH:mm", CultureInfo.InvariantCulture) : "").ToList();
        return new ServiceHealthChart(title, unit, labels, values, markers);
    }
}
