using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;

namespace Dashboard.Domain.Incidents;

/// <summary>Turns a blast-radius analysis of a change into the radius memberships suspected changes are ranked by.</summary>
public static class RadiusMemberships
{
    /// <param name="radius">The analyzer's result for the change's key, label and environment.</param>
    /// <param name="key">The config map's entry for the key (its usages name how each service watches it); null when unknown.</param>
    public static IReadOnlyList<RadiusMembership> From(BlastRadius.BlastRadius radius, MappedKey? key)
    {
        var memberships = new List<RadiusMembership>();
        foreach (var service in radius.Affected)
        {
            var usages = key?.Usages.Where(u => string.Equals(u.Service, service.Service, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
            memberships.Add(service.Reloads
                ? new RadiusMembership(service.Service, RadiusKind.Reload, $"{service.Service} reloads on {radius.Key} ({Mechanism(usages)})")
                : new RadiusMembership(service.Service, RadiusKind.Direct, $"{service.Service} {Reads(usages, radius.Key)} ({PicksUp(service.SeesChange)})"));
        }
        foreach (var service in radius.SelectedNoRead)
            memberships.Add(new RadiusMembership(service.Service, RadiusKind.Direct, $"{service.Service} loads {radius.Key} through its selectors (no read found)"));
        foreach (var caller in radius.Downstream)
            memberships.Add(new RadiusMembership(caller.Service, RadiusKind.Downstream, $"{caller.Service} calls into the radius ({caller.Via})"));
        return memberships;
    }

    private static string Mechanism(IReadOnlyList<KeyUsage> usages) =>
        usages.Select(u => u.Kind).FirstOrDefault(k => k is UsageKind.WatchesSentinel or UsageKind.Watches or UsageKind.WatchAll or UsageKind.FeatureFlag) switch
        {
            UsageKind.WatchesSentinel => "refreshAll sentinel",
            UsageKind.Watches => "registered for refresh",
            UsageKind.WatchAll => "RegisterAll",
            UsageKind.FeatureFlag => "feature flag",
            _ => "configuration refresh",
        };

    private static string Reads(IReadOnlyList<KeyUsage> usages, string key) =>
        usages.Any(u => u.Kind == UsageKind.Reads) ? $"reads {key}"
        : usages.Any(u => u.Kind == UsageKind.Declared) ? $"declares {key} in the catalog"
        : $"reads {key}";

    private static string PicksUp(SeesChange seesChange) => seesChange switch
    {
        SeesChange.OnRefresh => "picks it up on its next refresh",
        SeesChange.OnRestart => "picks it up on restart",
        _ => "when it picks it up is not known",
    };
}
