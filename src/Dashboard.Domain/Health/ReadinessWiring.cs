using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Health;

/// <summary>
/// What the source scan says about the endpoint the load balancer polls for readiness: whether it runs dependency
/// checks, and whether a liveness-only endpoint exists beside it. <see cref="Unknown"/> when the code was not scanned.
/// </summary>
public sealed record ReadinessWiring(bool Scanned, HealthEndpoint? Endpoint, bool HasLivenessOnlyEndpoint)
{
    public static readonly ReadinessWiring Unknown = new(false, null, false);

    /// <summary>True when the scan found that the readiness endpoint runs checks of the service's dependencies.</summary>
    public bool IncludesDependencies => Endpoint is { RunsDependencyChecks: true };

    /// <summary>Finds the readiness path among the scanned endpoints; a service without a scan gives <see cref="Unknown"/>.</summary>
    public static ReadinessWiring From(ServiceScan? scan, string readinessPath)
    {
        if (scan is null) return Unknown;
        var endpoint = scan.HealthEndpoints.FirstOrDefault(e => string.Equals(e.Path, readinessPath, StringComparison.OrdinalIgnoreCase));
        return new ReadinessWiring(true, endpoint, scan.HealthEndpoints.Any(e => e.LivenessOnly));
    }
}
