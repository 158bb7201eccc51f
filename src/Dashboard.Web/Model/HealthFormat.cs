using System.Globalization;
using Dashboard.Domain.Health;

namespace Dashboard.Web.Model;

/// <summary>How health and incident pages write states, rates and durations (times go through LocalTime).</summary>
public static class HealthFormat
{
    public static string Rate(double? rate) => rate is { } value ? (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %" : "—";

    public static string Milliseconds(double? ms) => ms is { } value ? value.ToString("0", CultureInfo.InvariantCulture) + " ms" : "—";

    public static string PerMinute(double? count) => count is { } value ? value.ToString("0.#", CultureInfo.InvariantCulture) + "/min" : "—";

    public static string Words(HealthIndicator indicator) => indicator switch
    {
        HealthIndicator.Liveness => "liveness",
        HealthIndicator.Readiness => "readiness",
        HealthIndicator.ServerErrors => "5xx rate",
        HealthIndicator.ClientErrors => "4xx rate",
        HealthIndicator.Latency => "p95 latency",
        HealthIndicator.SyntheticChecks => "synthetic checks",
        _ => indicator.ToString(),
    };

    /// <summary>A CSS class per state, so colour is never the only signal (the state is written in the cell too).</summary>
    public static string CssClass(HealthState state) => "health-" + state.ToString().ToLowerInvariant();
}
