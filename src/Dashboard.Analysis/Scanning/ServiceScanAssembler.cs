using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Scanning;

// Merges a service's per-file findings into its scan, in file and line order, and applies service-wide rules.
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

        return new ServiceScan
        {
            Name = service.Name,
            Path = service.Path,
            Selectors = Ordered(files.SelectMany(f => f.Selectors), s => (s.File, s.Line)),
            SnapshotSelectors = Ordered(files.SelectMany(f => f.SnapshotSelectors), s => (s.File, s.Line)),
            TrimKeyPrefixes = files.SelectMany(f => f.TrimKeyPrefixes).Distinct().ToList(),
            Refresh = Ordered(files.SelectMany(f => f.Refresh), r => (r.File, r.Line)),
            WatchAll = files.Any(f => f.WatchAll),
            // Several providers may set intervals; the shortest one decides how soon a change lands.
            RefreshIntervalSeconds = files.Select(f => f.RefreshIntervalSeconds).OfType<double>().DefaultIfEmpty(ServiceScan.DefaultRefreshIntervalSeconds).Min(),
            RefreshDriven = files.Any(f => f.RefreshDriven),
            FeatureFlagSelectors = files.SelectMany(f => f.FeatureFlagSelectors).Distinct().ToList(),
            Reads = Ordered(files.SelectMany(f => f.Reads), r => (r.File, r.Line)),
            OptionsBindings = Ordered(files.SelectMany(f => f.OptionsBindings), b => (b.File, b.Line)),
            FeatureFlagReads = Ordered(files.SelectMany(f => f.FeatureFlagReads), r => (r.File, r.Line)),
            ReloadHandlers = Ordered(files.SelectMany(f => f.ReloadHandlers), h => (h.File, h.Line)),
            HttpClients = Ordered(files.SelectMany(f => f.HttpClients), c => (c.File, c.Line)),
            HealthEndpoints = Ordered(endpoints, e => (e.File, e.Line)),
            Findings = Ordered(findings, f => (f.File, f.Line)),
        };
    }

    private static List<T> Ordered<T>(IEnumerable<T> items, Func<T, (string File, int Line)> location) =>
        items.OrderBy(i => location(i).File, StringComparer.Ordinal).ThenBy(i => location(i).Line).ToList();
}
