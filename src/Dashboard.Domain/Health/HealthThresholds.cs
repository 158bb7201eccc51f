using System.Globalization;

namespace Dashboard.Domain.Health;

/// <summary>
/// When a service's request signals turn Degraded or Unhealthy. Rates are fractions (0.001 = 0.1 %): a rate at or
/// above the degraded level is Degraded, a rate above the unhealthy level is Unhealthy, as Kiali reads its tolerances.
/// Latency is the p95 in milliseconds: at or above a level is that state.
/// </summary>
public sealed record HealthThresholds
{
    /// <summary>Kiali's defaults for HTTP: 5xx ≥ 0.1 % degraded, &gt; 10 % unhealthy; 4xx ≥ 10 % degraded, &gt; 20 % unhealthy.</summary>
    public static readonly HealthThresholds Default = new(0.001, 0.10, 0.10, 0.20, 1000, 5000);

    public HealthThresholds(
        double serverErrorDegraded, double serverErrorUnhealthy, double clientErrorDegraded, double clientErrorUnhealthy,
        double latencyDegradedMs, double latencyUnhealthyMs)
    {
        RequireRates(serverErrorDegraded, serverErrorUnhealthy, "5xx", "dashboard/health.error-rate");
        RequireRates(clientErrorDegraded, clientErrorUnhealthy, "4xx", "dashboard/health.client-error-rate");
        if (!double.IsFinite(latencyDegradedMs) || latencyDegradedMs <= 0 || !double.IsFinite(latencyUnhealthyMs) || latencyUnhealthyMs < latencyDegradedMs)
            throw new DomainException(
                $"The p95 latency thresholds {Ms(latencyDegradedMs)} (degraded) and {Ms(latencyUnhealthyMs)} (unhealthy) are not valid: both must be above 0 ms "
                + "and the unhealthy level at least the degraded one, e.g. 'dashboard/health.p95: 800ms, 3s'.");
        ServerErrorDegraded = serverErrorDegraded;
        ServerErrorUnhealthy = serverErrorUnhealthy;
        ClientErrorDegraded = clientErrorDegraded;
        ClientErrorUnhealthy = clientErrorUnhealthy;
        LatencyDegradedMs = latencyDegradedMs;
        LatencyUnhealthyMs = latencyUnhealthyMs;
    }

    public double ServerErrorDegraded { get; }
    public double ServerErrorUnhealthy { get; }
    public double ClientErrorDegraded { get; }
    public double ClientErrorUnhealthy { get; }
    public double LatencyDegradedMs { get; }
    public double LatencyUnhealthyMs { get; }

    /// <summary>These thresholds with the given overrides applied; null fields keep this value.</summary>
    public HealthThresholds With(HealthThresholdOverrides? overrides) => overrides is null
        ? this
        : new HealthThresholds(
            overrides.ServerErrorDegraded ?? ServerErrorDegraded,
            overrides.ServerErrorUnhealthy ?? ServerErrorUnhealthy,
            overrides.ClientErrorDegraded ?? ClientErrorDegraded,
            overrides.ClientErrorUnhealthy ?? ClientErrorUnhealthy,
            overrides.LatencyDegradedMs ?? LatencyDegradedMs,
            overrides.LatencyUnhealthyMs ?? LatencyUnhealthyMs);

    /// <summary>A rate as people read it: "0.1 %", "12.5 %".</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %";

    public static string Ms(double milliseconds) => milliseconds.ToString("0.#", CultureInfo.InvariantCulture) + " ms";

    private static void RequireRates(double degraded, double unhealthy, string what, string annotation)
    {
        if (!double.IsFinite(degraded) || !double.IsFinite(unhealthy) || degraded < 0 || unhealthy > 1 || unhealthy < degraded)
            throw new DomainException(
                $"The {what} rate thresholds {Percent(degraded)} (degraded) and {Percent(unhealthy)} (unhealthy) are not valid: give rates between 0 % and 100 % "
                + $"with the unhealthy level at least the degraded one, e.g. '{annotation}: 1%, 10%'.");
    }
}
