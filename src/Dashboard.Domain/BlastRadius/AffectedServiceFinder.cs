using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Turns the config map's usages of one key-value into the services the change reaches. Who reads, selects or
/// watches the key is the map's decision; this adds when each service really sees the change (by refresh, within the
/// interval found, or only on restart when its code keeps the value from start-up), what its reload fires, what a
/// delete leaves its readers with, and whether it can resolve a Key Vault reference.
/// </summary>
internal static class AffectedServiceFinder
{
    private static readonly UsageKind[] ReloadTriggers = [UsageKind.WatchesSentinel, UsageKind.Watches, UsageKind.WatchAll, UsageKind.FeatureFlag];

    public static (List<AffectedService> Affected, List<AffectedService> SelectedNoRead) Find(
        ProposedChange change, MappedKey? key, IReadOnlyDictionary<string, ServiceScan> scans, bool isKeyVaultReference)
    {
        var affected = new List<AffectedService>();
        var selectedOnly = new List<AffectedService>();
        if (key is null) return (affected, selectedOnly);
        foreach (var usages in key.Usages.GroupBy(u => u.Service, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var scan = scans.GetValueOrDefault(usages.Key);
            var service = Describe(change, usages.Key, [.. usages], scan, isKeyVaultReference);
            (usages.All(u => u.Kind == UsageKind.SelectedNoRead) ? selectedOnly : affected).Add(service);
        }
        return (affected, selectedOnly);
    }

    private static AffectedService Describe(ProposedChange change, string service, IReadOnlyList<KeyUsage> usages, ServiceScan? scan, bool isKeyVaultReference)
    {
        var reasons = usages.Select(u => u.Source.Location.Length == 0 ? u.Reason : $"{u.Reason} ({u.Source})").ToList();
        var seen = WhenSeen(change.Key, usages, scan);
        var findings = new List<RadiusFinding>();
        if (scan is not null && seen.When is SeesChange.Immediately or SeesChange.OnRefresh && KeptFromStartup(usages, scan) is { } kept)
            seen = seen with { When = SeesChange.OnRestart, Because = $"sees it only on restart, although it refreshes: {kept}", Within = null };
        reasons.Add(seen.Because);
        if (seen.Reloads && scan is not null)
        {
            if (scan.ReloadHandlers.Count > 0)
                reasons.Add(ReloadFires(service, scan.ReloadHandlers));
            findings.AddRange(ReloadRaces(service, change.Key, scan));
        }
        if (change.IsDelete)
            reasons.AddRange(AfterDelete(service, change.Key, usages, scan, findings));
        if (isKeyVaultReference && scan is not null)
            reasons.Add(KeyVault(service, change.Key, scan, findings));
        if (scan is not null) findings.AddRange(HealthChecks(service, scan));
        return new AffectedService(service, reasons, seen.Reloads, seen.When, findings) { WithinSeconds = seen.Within };
    }

    private sealed record Seen(SeesChange When, string Because, bool Reloads, double? Within);

    /// <summary>Why the service sees the change when it does, in words.</summary>
    private static Seen WhenSeen(string key, IReadOnlyList<KeyUsage> usages, ServiceScan? scan)
    {
        if (scan is null)
            return new(SeesChange.Unknown, "its code was not scanned: when it picks the change up is not known", false, null);
        var within = $"within {scan.RefreshIntervalSeconds:0.#} s";
        var trigger = usages.FirstOrDefault(u => ReloadTriggers.Contains(u.Kind));
        if (trigger is not null)
        {
            if (!scan.RefreshDriven)
                return new(SeesChange.OnRestart, "sees it on restart: refresh is registered but nothing drives it (no UseAzureAppConfiguration middleware, refresher call or push notification)", false, null);
            var push = scan.RefreshDrivers.FirstOrDefault(d => d.Kind == RefreshDriverKind.PushNotification) is { } driver
                ? $"; push notifications ({driver.File}:{driver.Line}) mark the cache stale as soon as the store changes"
                : "";
            return new(SeesChange.Immediately, trigger.Kind switch
            {
                UsageKind.WatchesSentinel => $"sees it {within}: {key} is a refreshAll sentinel it registers, so the change reloads its whole configuration",
                UsageKind.Watches => $"sees it {within}: it registers {key} for refresh, so the change reloads its configuration",
                UsageKind.WatchAll => $"sees it {within}: RegisterAll() over a selector that loads {key} reloads its configuration on any change",
                _ => $"sees it {within}: it loads the feature flag, and flags refresh with its configuration",
            } + push, true, scan.RefreshIntervalSeconds);
        }
        var sentinel = scan.Refresh.FirstOrDefault(r => r.RefreshAll);
        if (scan.RefreshDriven && sentinel is not null)
            return new(SeesChange.OnRefresh,
                $"sees it on refresh: it does not watch {key}, so it picks the new value up the next time its refreshAll sentinel {sentinel.Key} ({sentinel.File}:{sentinel.Line}) changes",
                false, null);
        if (scan.Refresh.Count == 0 && !scan.WatchAll)
            return new(SeesChange.OnRestart, "sees it on restart: it registers no refresh", false, null);
        if (!scan.RefreshDriven)
            return new(SeesChange.OnRestart, "sees it on restart: refresh is registered but nothing drives it (no UseAzureAppConfiguration middleware, refresher call or push notification)", false, null);
        return new(SeesChange.OnRestart,
            $"sees it on restart: it refreshes only {string.Join(", ", scan.Refresh.Select(r => r.Key))} without refreshAll, which never reloads {key}", false, null);
    }

    // Every code read of the key keeps the value from start-up: a refresh reloads configuration, but not these.
    private static string? KeptFromStartup(IReadOnlyList<KeyUsage> usages, ServiceScan scan)
    {
        var reads = usages.Where(u => u.Kind == UsageKind.Reads && u.Source.Kind == UsageSourceKind.Code).ToList();
        if (reads.Count == 0)
            return null;
        var why = new List<string>();
        foreach (var read in reads)
        {
            if (CaptureOf(read.Source, scan) is not { } reason)
                return null;
            why.Add(reason);
        }
        return string.Join("; ", why.Distinct(StringComparer.Ordinal));
    }

    private static string? CaptureOf(UsageSource source, ServiceScan scan)
    {
        if (scan.CapturedReads.FirstOrDefault(c => c.File == source.Location && c.Line == source.Line) is { } captured)
            return $"its read at {captured.File}:{captured.Line} is {captured.Reason}";
        if (scan.OptionsBindings.FirstOrDefault(b => b.File == source.Location && b.Line == source.Line) is not { Type: { } type })
            return null;
        var consumers = scan.OptionsConsumers.Where(c => c.Type == type).ToList();
        if (consumers.Count == 0 || consumers.Any(c => c.Access != OptionsAccess.Options && !c.CapturedAtStartup))
            return null;
        var first = consumers[0];
        return first.Access == OptionsAccess.Options
            ? $"it binds {type}, which its code takes as IOptions<{type}> ({first.File}:{first.Line}): computed once, a refresh never reaches it"
            : $"it binds {type}, whose value its code keeps from start-up ({first.File}:{first.Line})";
    }

    // What each use of the key is left with once the key is gone.
    private static IEnumerable<string> AfterDelete(string service, string key, IReadOnlyList<KeyUsage> usages, ServiceScan? scan, List<RadiusFinding> findings)
    {
        foreach (var usage in usages)
        {
            switch (usage.Kind)
            {
                case UsageKind.Reads when scan?.Reads.FirstOrDefault(r => r.File == usage.Source.Location && r.Line == usage.Source.Line) is { } read:
                    if (read.Fallback is { } fallback)
                    {
                        yield return $"after the delete, its read at {read.File}:{read.Line} falls back to {fallback}";
                    }
                    else
                    {
                        findings.Add(new RadiusFinding(BlastRadiusRules.DeletedKeyStillRead,
                            $"{service} still reads {key} at {read.File}:{read.Line} with no fallback in code: after the delete it gets null "
                            + "(or the type's default). Give the read a default, or remove it before deleting the key.",
                            read.File, read.Line));
                        yield return $"after the delete, its read at {read.File}:{read.Line} gets no value: the code gives no fallback";
                    }
                    break;
                case UsageKind.Reads when usage.Source.Kind == UsageSourceKind.Code:
                    yield return $"after the delete, what it binds at {usage.Source} keeps the value its options type starts with";
                    break;
                case UsageKind.WatchesSentinel or UsageKind.Watches:
                    yield return $"deleting {key}, which it watches ({usage.Source}), counts as a change: the reload fires";
                    break;
                case UsageKind.SelectedNoRead:
                    yield return "after the delete, its selectors no longer load the key";
                    break;
            }
        }
    }

    private static string KeyVault(string service, string key, ServiceScan scan, List<RadiusFinding> findings)
    {
        if (scan.KeyVault is { } keyVault)
            return keyVault.SecretRefreshSeconds is { } seconds
                ? $"resolves the Key Vault reference through ConfigureKeyVault ({keyVault.File}:{keyVault.Line}) and re-reads the secret every {seconds:0.#} s"
                : $"resolves the Key Vault reference through ConfigureKeyVault ({keyVault.File}:{keyVault.Line}); the secret is read once and never refreshed (no SetSecretRefreshInterval)";
        var selector = scan.Selectors.FirstOrDefault();
        var where = selector is null ? scan.Path : $"{selector.File}:{selector.Line}";
        findings.Add(new RadiusFinding(BlastRadiusRules.KeyVaultNotConfigured,
            $"{service} loads {key}, a Key Vault reference, but its App Configuration provider does not call ConfigureKeyVault: loading it fails "
            + "(at start-up, or on the refresh that brings it). Call ConfigureKeyVault with a credential that can read the vault.",
            selector?.File ?? scan.Path, selector?.Line ?? 0));
        return $"loads it as a Key Vault reference without ConfigureKeyVault ({where}): the provider cannot resolve it";
    }

    private static string ReloadFires(string service, IReadOnlyList<ReloadHandler> handlers)
    {
        var types = string.Join(", ", handlers.Select(h => h.OptionsType ?? "an unnamed options type"));
        return handlers.Count == 1
            ? $"the reload fires {service}'s IOptionsMonitor.OnChange handler ({types}) whatever section it binds: every section shares the configuration root's reload token"
            : $"the reload fires all {handlers.Count} IOptionsMonitor.OnChange handlers of {service} ({types}) whatever section each binds: every section shares the configuration root's reload token";
    }

    // Every OnChange handler fires on a reload, whatever it binds: a race anywhere in the service is in the radius.
    private static IEnumerable<RadiusFinding> ReloadRaces(string service, string key, ServiceScan scan) =>
        scan.ReloadHandlers
            .Where(h => h.Classification == ReloadClassification.DisposeBeforeCreate)
            .Select(h => new RadiusFinding(BlastRadiusRules.ReloadDisposeBeforeCreate,
                $"The change to {key} reloads {service}, which fires its OnChange handler for {h.OptionsType ?? "an options type"} whatever section that "
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
