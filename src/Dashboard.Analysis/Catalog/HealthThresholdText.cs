using System.Globalization;
using Dashboard.Domain;
using Dashboard.Domain.Health;

namespace Dashboard.Analysis.Catalog;

/// <summary>
/// Reads a service's health threshold annotations: rates as <c>1%, 10%</c> and the p95 as <c>800ms, 3s</c>, the
/// degraded level first, then the unhealthy one. Missing annotations keep the defaults.
/// </summary>
public static class HealthThresholdText
{
    public static HealthThresholdOverrides? Read(IReadOnlyDictionary<string, string> annotations)
    {
        var (serverDegraded, serverUnhealthy) = Pair(annotations, BackstageAnnotations.HealthErrorRate, ParsePercent, "1%, 10%");
        var (clientDegraded, clientUnhealthy) = Pair(annotations, BackstageAnnotations.HealthClientErrorRate, ParsePercent, "10%, 20%");
        var (latencyDegraded, latencyUnhealthy) = Pair(annotations, BackstageAnnotations.HealthP95, ParseMilliseconds, "800ms, 3s");
        var overrides = new HealthThresholdOverrides(serverDegraded, serverUnhealthy, clientDegraded, clientUnhealthy, latencyDegraded, latencyUnhealthy);
        return overrides.IsEmpty ? null : overrides;
    }

    private static (double? Degraded, double? Unhealthy) Pair(
        IReadOnlyDictionary<string, string> annotations, string name, Func<string, double?> parse, string example)
    {
        if (!annotations.TryGetValue(name, out var text)) return (null, null);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = parts.Select(parse).ToList();
        if (parts.Length != 2 || values.Any(v => v is null))
            throw new DomainException($"annotation {name} must give the degraded and the unhealthy level, e.g. '{name}: {example}', not '{text}'.");
        return (values[0], values[1]);
    }

    private static double? ParsePercent(string text) =>
        text.EndsWith('%') && double.TryParse(text[..^1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent)
            ? percent / 100
            : null;

    private static double? ParseMilliseconds(string text)
    {
        var (number, scale) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 1.0)
            : text.EndsWith('s') ? (text[..^1], 1000.0)
            : (null, 0);
        return number is not null && double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value * scale : null;
    }
}
