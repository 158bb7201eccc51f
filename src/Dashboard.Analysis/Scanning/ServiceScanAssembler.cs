using Dashboard.Domain;
using Dashboard.Domain.Configuration;
using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

// Merges a service's per-file findings into its scan, in file and line order, and applies the rules that need the
// whole service: which classes are singletons, which keys a trimmed prefix comes from, which refresh keys no
// selector loads, the default HttpClient policy, typed clients' base addresses, heavy health checks.
internal static class ServiceScanAssembler
{
    public static ServiceScan Assemble(ServiceSource service, IReadOnlyList<TreeFindings> files)
    {
        var dependencyChecks = files.SelectMany(f => f.DependencyChecks).ToList();
        var endpoints = files.SelectMany(f => f.HealthEndpoints)
            .Select(e => new HealthEndpoint(e.Path, e.LivenessOnly, !e.Filtered && dependencyChecks.Count > 0, e.Location.File, e.Location.Line))
            .ToList();
        var findings = files.SelectMany(f => f.Findings).ToList();
        if (!endpoints.Any(e => e.LivenessOnly) && endpoints.FirstOrDefault(e => e.RunsDependencyChecks) is { } heavy)
            findings.Add(ScanFindingRules.HealthCheckIncludesDependencies(heavy, dependencyChecks));

        var selectors = Ordered(files.SelectMany(f => f.Selectors), s => (s.File, s.Line));
        var filters = selectors.Select(s => TryParse(s.KeyFilter)).OfType<KeyFilter>().ToList();
        var trimmed = files.SelectMany(f => f.TrimKeyPrefixes).Distinct().ToList();
        var singletons = files.SelectMany(f => f.Singletons).ToHashSet(StringComparer.Ordinal);
        var drivers = Ordered(files.SelectMany(f => f.RefreshDrivers), d => (d.File, d.Line));
        var beforeProvider = files.SelectMany(f => f.ReadsBeforeProvider).ToHashSet();
        var clients = Clients(files, findings);

        return new ServiceScan
        {
            Name = service.Name,
            Path = service.Path,
            Selectors = selectors,
            SnapshotSelectors = Ordered(files.SelectMany(f => f.SnapshotSelectors), s => (s.File, s.Line)),
            TrimKeyPrefixes = trimmed,
            Refresh = Ordered(files.SelectMany(f => f.Refresh), r => (r.File, r.Line))
                .Select(r => r with { LoadedByRegistration = !filters.Any(f => f.Matches(r.Key)) })
                .ToList(),
            WatchAll = files.Any(f => f.WatchAll),
            // Several providers may set intervals; the shortest one decides how soon a change lands.
            RefreshIntervalSeconds = files.Select(f => f.RefreshIntervalSeconds).OfType<double>().DefaultIfEmpty(ServiceScan.DefaultRefreshIntervalSeconds).Min(),
            RefreshDriven = drivers.Count > 0,
            RefreshDrivers = drivers,
            KeyVault = files.Select(f => f.KeyVault).FirstOrDefault(k => k is not null),
            FeatureFlagSelectors = files.SelectMany(f => f.FeatureFlagSelectors).Distinct().ToList(),
            Reads = Ordered(files.SelectMany(f => f.Reads), r => (r.File, r.Line))
                .Select(r => beforeProvider.Contains(r) ? r : r with { StoreKey = StoreKeyOf(r.Key, trimmed, filters) })
                .ToList(),
            OptionsBindings = Ordered(files.SelectMany(f => f.OptionsBindings), b => (b.File, b.Line)),
            OptionsTypes = files.SelectMany(f => f.OptionsTypes).DistinctBy(t => t.Name, StringComparer.Ordinal).OrderBy(t => t.Name, StringComparer.Ordinal).ToList(),
            OptionsConsumers = Ordered(files.SelectMany(f => f.OptionsConsumers)
                .Concat(files.SelectMany(f => f.ConstructorConsumers).Select(c => c.Consumer with { CapturedAtStartup = singletons.Contains(c.Class) }))
                .OrderBy(c => c.Type, StringComparer.Ordinal),
                c => (c.File, c.Line)),
            CapturedReads = Ordered(files.SelectMany(f => f.StartupCaptures)
                .Concat(files.SelectMany(f => f.ConstructorCaptures).Where(c => singletons.Contains(c.Class))
                    .Select(c => c.Read with { Reason = $"{c.Read.Reason}, and {c.Class} is a singleton" })),
                c => (c.File, c.Line)),
            FeatureFlagReads = Ordered(files.SelectMany(f => f.FeatureFlagReads), r => (r.File, r.Line)),
            ReloadHandlers = Ordered(files.SelectMany(f => f.ReloadHandlers), h => (h.File, h.Line)),
            HttpClients = clients,
            HealthEndpoints = Ordered(endpoints, e => (e.File, e.Line)),
            Findings = Ordered(findings, f => (f.File, f.Line)),
        };
    }

    // A client without retries of its own gets ConfigureHttpClientDefaults' policy; a typed client without a base
    // address in its registration gets the one its constructor sets.
    private static List<HttpClientResilience> Clients(IReadOnlyList<TreeFindings> files, List<ScanFinding> findings)
    {
        var defaults = files.Select(f => f.DefaultClientPolicy).FirstOrDefault(p => p is not null);
        var typedAddresses = files.SelectMany(f => f.TypedClientAddresses).ToLookup(a => a.Class, StringComparer.Ordinal);
        var clients = new List<HttpClientResilience>();
        foreach (var client in Ordered(files.SelectMany(f => f.HttpClients), c => (c.File, c.Line)))
        {
            var merged = client;
            if (defaults is not null && client.Retry == HttpRetryKind.None && !client.CircuitBreaker)
            {
                merged = merged with { Retry = defaults.Retry, Attempts = defaults.Attempts, CircuitBreaker = defaults.CircuitBreaker, FromDefaults = true };
                if (merged.Retry == HttpRetryKind.Immediate)
                    findings.Add(ScanFindingRules.RetryWithoutBackoff(merged));
            }
            if (client is { TypedClient: true, BaseAddressKey: null, BaseAddress: null } && typedAddresses[client.Name].FirstOrDefault() is { Class: not null } address)
                merged = merged with { BaseAddressKey = address.Key, BaseAddress = address.Url };
            clients.Add(merged);
        }
        return clients;
    }

    // With TrimKeyPrefix("Tax:") a read of "rate" comes from the store key "Tax:rate", if a selector loads it.
    private static string? StoreKeyOf(string key, IReadOnlyList<string> trimmedPrefixes, IReadOnlyList<KeyFilter> selectors) =>
        trimmedPrefixes.Select(prefix => prefix + key).FirstOrDefault(candidate => selectors.Any(f => f.Matches(candidate)));

    private static KeyFilter? TryParse(string filter)
    {
        try
        {
            return KeyFilter.Parse(filter);
        }
        catch (DomainException)
        {
            // An invalid filter is reported where the map is built; here it simply selects nothing.
            return null;
        }
    }

    private static List<T> Ordered<T>(IEnumerable<T> items, Func<T, (string File, int Line)> location) =>
        items.OrderBy(i => location(i).File, StringComparer.Ordinal).ThenBy(i => location(i).Line).ToList();
}
