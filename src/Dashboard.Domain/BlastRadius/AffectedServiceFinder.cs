using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.Configuration;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Turns the config map's usages of one key-value into the services the change reaches. Who reads, selects or
/// watches the key is the map's decision; this adds when each service sees the change and what its reload fires.
/// </summary>
internal static class AffectedServiceFinder
{
    private static readonly UsageKind[] ReloadTriggers = [UsageKind.WatchesSentinel, UsageKind.Watches, UsageKind.WatchAll, UsageKind.FeatureFlag];

    public static (List<AffectedService> Affected, List<AffectedService> SelectedNoRead) Find(
        KeyLabel setting, MappedKey? key, IReadOnlyDictionary<string, ServiceScan> scans)
    {
        var affected = new List<AffectedService>();
        var selectedOnly = new List<AffectedService>();
        if (key is null) return (affected, selectedOnly);
        foreach (var usages in key.Usages.GroupBy(u => u.Service, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var scan = scans.GetValueOrDefault(usages.Key);
            var service = Describe(setting, usages.Key, [.. usages], scan);
            (usages.All(u => u.Kind == UsageKind.SelectedNoRead) ? selectedOnly : affected).Add(service);
        }
        return (affected, selectedOnly);
    }

    private static AffectedService Describe(KeyLabel setting, string service, IReadOnlyList<KeyUsage> usages, ServiceScan? scan)
    {
        var reasons = usages.Select(u => u.Source.Location.Length == 0 ? u.Reason : $"{u.Reason} ({u.Source})").ToList();
        var (seesChange, because) = WhenSeen(setting, usages, scan);
        reasons.Add(because);
        var reloads = seesChange == SeesChange.Immediately;
        var findings = new List<RadiusFinding>();
        if (reloads && scan is not null)
        {
            if (scan.ReloadHandlers.Count > 0)
                reasons.Add(ReloadFires(service, scan.ReloadHandlers));
            findings.AddRange(ReloadRaces(service, setting, scan));
        }
        if (scan is not null) findings.AddRange(HealthChecks(service, scan));
        return new AffectedService(service, reasons, reloads, seesChange, findings);
    }

    /// <summary>Why the service sees the change when it does, in words.</summary>
    private static (SeesChange When, string Because) WhenSeen(KeyLabel setting, IReadOnlyList<KeyUsage> usages, ServiceScan? scan)
    {
        if (scan is null)
            return (SeesChange.Unknown, "its code was not scanned: when it picks the change up is not known");
        var within = $"within {scan.RefreshIntervalSeconds:0.#} s";
        var trigger = usages.FirstOrDefault(u => ReloadTriggers.Contains(u.Kind));
        if (trigger is not null)
        {
            if (!scan.RefreshDriven)
                return (SeesChange.OnRestart, "sees it on restart: refresh is registered but nothing drives it (no UseAzureAppConfiguration middleware or refresher call)");
            return (SeesChange.Immediately, trigger.Kind switch
            {
                UsageKind.WatchesSentinel => $"sees it immediately: {setting.Key} is a refreshAll sentinel it registers, so the change reloads its whole configuration {within}",
                UsageKind.Watches => $"sees it immediately: it registers {setting.Key} for refresh, so the change reloads its configuration {within}",
                UsageKind.WatchAll => $"sees it immediately: RegisterAll() over a selector that loads {setting.Key} reloads its configuration on any change {within}",
                _ => $"sees it immediately: it loads the feature flag, and flags refresh with its configuration {within}",
            });
        }
        var sentinel = scan.Refresh.FirstOrDefault(r => r.RefreshAll);
        if (scan.RefreshDriven && sentinel is not null)
            return (SeesChange.OnRefresh,
                $"sees it on refresh: it does not watch {setting.Key}, so it picks the new value up the next time its refreshAll sentinel {sentinel.Key} ({sentinel.File}:{sentinel.Line}) changes");
        if (scan.Refresh.Count == 0 && !scan.WatchAll)
            return (SeesChange.OnRestart, "sees it on restart: it registers no refresh");
        if (!scan.RefreshDriven)
            return (SeesChange.OnRestart, "sees it on restart: refresh is registered but nothing drives it (no UseAzureAppConfiguration middleware or refresher call)");
        return (SeesChange.OnRestart,
            $"sees it on restart: it refreshes only {string.Join(", ", scan.Refresh.Select(r => r.Key))} without refreshAll, which never reloads {setting.Key}");
    }

    private static string ReloadFires(string service, IReadOnlyList<ReloadHandler> handlers)
    {
        var types = string.Join(", ", handlers.Select(h => h.OptionsType ?? "an unnamed options type"));
        return handlers.Count == 1
            ? $"the reload fires {service}'s IOptionsMonitor.OnChange handler ({types}) whatever section it binds: every section shares the configuration root's reload token"
            : $"the reload fires all {handlers.Count} IOptionsMonitor.OnChange handlers of {service} ({types}) whatever section each binds: every section shares the configuration root's reload token";
    }

    // Every OnChange handler fires on a reload, whatever it binds: a race anywhere in the service is in the radius.
    private static IEnumerable<RadiusFinding> ReloadRaces(string service, KeyLabel setting, ServiceScan scan) =>
        scan.ReloadHandlers
            .Where(h => h.Classification == ReloadClassification.DisposeBeforeCreate)
            .Select(h => new RadiusFinding(BlastRadiusRules.ReloadDisposeBeforeCreate,
                $"The change to {setting.Key} reloads {service}, which fires its OnChange handler for {h.OptionsType ?? "an options type"} whatever section that "
                + "binds; the handler disposes its resource before the replacement exists, so calls fail until the new one is ready. "
                + "Create the replacement first, swap it in, then dispose the old one.",
                h.File, h.Line));

    private static IEnumerable<RadiusFinding> HealthChecks(string service, ServiceScan scan)
    {
        // A separate liveness-only endpoint keeps the load balancer's probe away from the dependency checks.
        if (scan.HealthEndpoints.Any(e => e.LivenessOnly)) return [];
        return scan.HealthEndpoints
            .Where(e => e.RunsDependencyChecks)
            .Select(e => new RadiusFinding(BlastRadiusRules.HealthCheckIncludesDependencies,
                $"Health endpoint {e.Path} of {service} runs its dependency checks and no endpoint checks liveness alone: if {service} struggles after "
                + "this change, every instance looks dead and the load balancer may pull them all.",
                e.File, e.Line));
    }
}
