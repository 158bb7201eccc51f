using Dashboard.Application.Health;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Application.BlastRadius;

/// <summary>
/// The request rates of a radius's services (the affected ones and their callers) in one environment, from the live
/// health series, so the radius's timeline can count what a change would cost. A service with no request metrics in
/// that environment is left out: its steps say there are no live traffic figures for it.
/// </summary>
public sealed class LiveTrafficReader(HealthSeriesStore health)
{
    public LiveTraffic For(Domain.BlastRadius.BlastRadius radius, string environment)
    {
        var services = radius.Affected.Select(a => a.Service).Concat(radius.Downstream.Select(d => d.Service)).Distinct(StringComparer.OrdinalIgnoreCase);
        var rates = new List<KeyValuePair<string, double>>();
        foreach (var service in services)
            if (health.Current(service, environment)?.Requests is { Window.TotalSeconds: > 0 } requests)
                rates.Add(new(service, requests.RequestsPerMinute / 60));
        return new LiveTraffic(rates);
    }
}
