using Dashboard.Application.Health;

namespace Dashboard.Infrastructure.Health;

/// <summary>Turns what to watch into probe requests: liveness and readiness of every instance, and the synthetic checks configured for the service.</summary>
public static class ProbeTargets
{
    public static IReadOnlyList<ProbeTarget> For(HealthWatchList watchList, IReadOnlyList<SyntheticCheckOptions> syntheticChecks)
    {
        var targets = new List<ProbeTarget>();
        foreach (var endpoint in watchList.Endpoints)
        {
            var checks = syntheticChecks.Where(c => string.Equals(c.Service, endpoint.Service, StringComparison.OrdinalIgnoreCase)
                && (string.IsNullOrWhiteSpace(c.Environment) || string.Equals(c.Environment, endpoint.Environment, StringComparison.OrdinalIgnoreCase))).ToList();
            foreach (var instance in endpoint.Instances)
            {
                var name = instance.AbsoluteUri;
                targets.Add(new ProbeTarget(endpoint.Service, endpoint.Environment, name, ProbeKind.Liveness, HttpMethod.Get, Combine(instance, endpoint.LivenessPath)));
                targets.Add(new ProbeTarget(endpoint.Service, endpoint.Environment, name, ProbeKind.Readiness, HttpMethod.Get, Combine(instance, endpoint.ReadinessPath)));
                targets.AddRange(checks.Select(c => new ProbeTarget(endpoint.Service, endpoint.Environment, name, ProbeKind.Synthetic,
                    new HttpMethod(c.Method.ToUpperInvariant()), Combine(instance, c.Path), c.ExpectedStatus) { CheckName = c.DisplayName, CheckPath = c.Path }));
            }
        }
        return targets;
    }

    /// <summary>Keeps a path prefix of the instance URL (http://host/billing/ + /health → http://host/billing/health).</summary>
    private static Uri Combine(Uri instance, string path) => new(instance.AbsoluteUri.TrimEnd('/') + path);
}
