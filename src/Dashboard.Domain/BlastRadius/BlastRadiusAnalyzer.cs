using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// What a proposed config change reaches: the services that read, select, watch or reload on the key (from the
/// config map), who calls them (from the catalog, with retry amplification), keys named alike, and the risks, each
/// explained with its evidence. Pure: the caller gathers the map, scan, catalog and current settings.
/// </summary>
public static class BlastRadiusAnalyzer
{
    public static BlastRadius Analyze(BlastRadiusInput input)
    {
        Validate(input);
        var change = input.Change;
        var mapped = FindKey(input.Map, change.Setting);
        var scanned = input.Scan?.Services ?? [];
        var scans = scanned.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var current = input.CurrentSettings.GetValueOrDefault(input.Environment);
        var isKeyVaultReference = ConfigContentTypes.IsMediaType(change.NewContentType ?? current?.ContentType, ConfigContentTypes.KeyVaultReference);
        var (affected, selectedNoRead) = AffectedServiceFinder.Find(change, mapped, scans, isKeyVaultReference);

        var codeCalls = HttpClientLinker.Link(scanned, input.Catalog);
        var walker = new DownstreamWalker(input.Catalog, scanned, codeCalls);
        var hops = walker.Walk(affected.Select(a => a.Service));
        var downstream = hops
            .Select(h => new DownstreamService(h.Service, DownstreamWalker.PathOf(h), h.Amplification,
                h.Edge!.Retry.Backoff != BackoffKind.None, h.Edge.Retry.CircuitBreaker)
            {
                Evidence = h.Edge.FromCode is null ? null : h.Edge.Evidence,
                Disagreement = h.Edge.Disagreement,
            })
            .OrderByDescending(d => d.Amplification).ThenBy(d => d.Service, StringComparer.Ordinal)
            .ToList();

        var risks = new List<RadiusRisk>();
        if (mapped is { IsShared: true }) risks.Add(SharedKey(mapped, input.Catalog));
        foreach (var service in affected)
            risks.AddRange(service.Findings.Select(f => new RadiusRisk(f.Rule, service.Service, f.Message, $"{f.File}:{f.Line}")));
        // A service that only loads the key still fails to load a Key Vault reference it cannot resolve.
        foreach (var service in selectedNoRead)
            risks.AddRange(service.Findings.Where(f => f.Rule == BlastRadiusRules.KeyVaultNotConfigured)
                .Select(f => new RadiusRisk(f.Rule, service.Service, f.Message, $"{f.File}:{f.Line}")));
        risks.AddRange(RetriesWithoutBackoff(walker, affected.Select(a => a.Service).Concat(hops.Select(h => h.Service))));
        if (input.IsProduction && !input.ValidatedInStaging)
            risks.Add(new RadiusRisk(BlastRadiusRules.NotValidatedInStaging, null,
                $"The change targets {input.Environment}, a production environment, and has not been applied and verified in staging: no change should reach production without it.",
                "proposed change: not applied and verified in staging"));
        if (!change.IsAnyChange)
        {
            risks.AddRange(SettingRisks.Drift(change, input.Environment, input.CurrentSettings));
            if (SettingRisks.TypeChange(change, input.Environment, current) is { } typeChange)
                risks.Add(typeChange);
        }

        var (level, explanation) = RiskAssessment.Assess(new RiskAssessment.Facts(change, input.Environment, affected, selectedNoRead, hops, walker, risks));
        return new BlastRadius(change.Key, change.Label, level, explanation, affected, selectedNoRead, downstream,
            LookAlikeFinder.Find(change.Key, input.StoreKeys), risks)
        {
            Change = change.Kind,
            CodeCalls = codeCalls,
            Timeline = RadiusTimeline.Build(change, input.Environment, affected, scans, input.Catalog, walker),
        };
    }

    private static void Validate(BlastRadiusInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var change = input.Change ?? throw new DomainException("The blast-radius input has no proposed change; give the store, key, label and new value or a delete.");
        if (string.IsNullOrWhiteSpace(change.Store))
            throw new DomainException("The proposed change names no store; give the config store the key lives in.");
        if (string.IsNullOrWhiteSpace(change.Key))
            throw new DomainException("The proposed change names no key; give the key to change, e.g. 'tax.rate.default'.");
        if (change.IsDelete && change.NewValue is not null)
            throw new DomainException($"The proposed change to '{change.Key}' is a delete but also gives a new value; choose one.");
        if (change.IsAnyChange && (change.IsDelete || change.NewValue is not null))
            throw new DomainException($"The preview of any change to '{change.Key}' gives a value or a delete too; choose one.");
        if (!change.IsDelete && !change.IsAnyChange && change.NewValue is null)
            throw new DomainException($"The proposed change to '{change.Key}' gives no new value; give one (an empty string is allowed) or mark it as a delete.");
        if (string.IsNullOrWhiteSpace(input.Environment))
            throw new DomainException($"The proposed change to '{change.Key}' names no target environment; give one, e.g. 'production'.");
        if (input.Map is null)
            throw new DomainException($"The blast-radius input for '{change.Key}' has no config map; build it with ConfigMapBuilder for store '{change.Store}' in '{input.Environment}'.");
        if (!string.Equals(input.Map.Store, change.Store, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"The config map is of store '{input.Map.Store}' but the change is to store '{change.Store}'; build the map of the changed store.");
        if (!string.Equals(input.Map.Environment, input.Environment, StringComparison.OrdinalIgnoreCase))
            throw new DomainException($"The config map is of environment '{input.Map.Environment}' but the change targets '{input.Environment}'; build the map of the target environment.");
    }

    /// <summary>The map's keys are ordered by key (ordinal), then label: a binary search finds the key's first entry.</summary>
    private static MappedKey? FindKey(ConfigMap.ConfigMap map, KeyLabel setting)
    {
        var keys = map.Keys;
        int low = 0, high = keys.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (string.CompareOrdinal(keys[middle].Setting.Key, setting.Key) < 0) low = middle + 1;
            else high = middle;
        }
        for (var i = low; i < keys.Count && keys[i].Setting.Key == setting.Key; i++)
            if (keys[i].Setting.Label == setting.Label)
                return keys[i];
        return null;
    }

    private static RadiusRisk SharedKey(MappedKey key, ServiceCatalog? catalog)
    {
        var teams = key.Services.Select(s => catalog?.FindService(s)?.OwnerTeam).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var owners = teams.Count > 1 ? $", owned by {teams.Count} teams ({string.Join(", ", teams)})" : "";
        var evidence = string.Join("; ", key.Usages.GroupBy(u => u.Service, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.First().Source}"));
        return new RadiusRisk(BlastRadiusRules.SharedKey, null,
            $"{key.Setting.Key} is shared by {string.Join(", ", key.Services)}{owners}: a change for one is a change for all.", evidence);
    }

    private static IEnumerable<RadiusRisk> RetriesWithoutBackoff(DownstreamWalker walker, IEnumerable<string> radius)
    {
        foreach (var target in radius.Distinct(StringComparer.OrdinalIgnoreCase))
            foreach (var edge in walker.CallersOf(target).Where(d => d.Retry.RetriesWithoutBackoff))
                yield return new RadiusRisk(BlastRadiusRules.RetryWithoutBackoff, edge.Caller,
                    $"{edge.Caller} retries {edge.Target} {edge.Retry.Attempts} time{(edge.Retry.Attempts == 1 ? "" : "s")} with no delay: if {edge.Target} falters, "
                    + $"each request becomes up to {edge.Retry.CallsPerRequest} calls{(edge.Retry.CircuitBreaker ? "" : " and no circuit breaker stops them")}. "
                    + "Use exponential backoff with jitter.",
                    edge.Disagreement is null ? edge.Evidence : $"{edge.Evidence}; {edge.Disagreement}");
    }
}
