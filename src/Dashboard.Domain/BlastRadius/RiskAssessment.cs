namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// The overall risk level, decided by these rules (the first that holds wins) and explained in words:
/// <list type="bullet">
/// <item><b>critical</b>: a service reloads on this change, has an OnChange handler that disposes before it creates
/// (a reload race), and a caller retries it without backoff: a short outage becomes a load spike (the billing story).</item>
/// <item><b>high</b>: a reload race alone, or a caller that can send <see cref="HighAmplification"/> or more calls per
/// request into a service that reloads on this change, along a path where some caller retries without backoff (backoff
/// spreads the calls out, so it does not turn the reload into a spike).</item>
/// <item><b>medium</b>: any other risk: a shared key, environment drift, a value type change, retries without backoff,
/// a health check running dependency checks, or a production change not verified in staging.</item>
/// <item><b>low</b>: none of the above.</item>
/// </list>
/// </summary>
internal static class RiskAssessment
{
    public const long HighAmplification = 4;

    public sealed record Facts(
        ProposedChange Change,
        string Environment,
        IReadOnlyList<AffectedService> Affected,
        IReadOnlyList<AffectedService> SelectedNoRead,
        IReadOnlyList<DownstreamWalker.Hop> Downstream,
        DownstreamWalker Walker,
        IReadOnlyList<RadiusRisk> Risks);

    public static (RiskLevel Level, string Explanation) Assess(Facts facts)
    {
        var critical = new List<string>();
        var high = new List<string>();
        var reloading = facts.Affected.Where(a => a.Reloads).ToDictionary(a => a.Service, StringComparer.OrdinalIgnoreCase);
        foreach (var service in reloading.Values)
        {
            var race = service.Findings.FirstOrDefault(f => f.Rule == BlastRadiusRules.ReloadDisposeBeforeCreate);
            if (race is null) continue;
            var raceText = $"{service.Service} reloads on this change and its OnChange handler at {race.File}:{race.Line} disposes before it creates (a reload race)";
            var retrying = facts.Walker.CallersOf(service.Service).Where(d => d.Retry.RetriesWithoutBackoff).ToList();
            if (retrying.Count > 0)
                critical.Add($"{raceText}, and {string.Join(" and ", retrying.Select(RetryText))}, so its outage becomes a load spike");
            else
                high.Add(raceText);
        }
        foreach (var risk in facts.Risks.Where(r => r.Rule == BlastRadiusRules.KeyVaultNotConfigured))
            high.Add($"{risk.Service} loads a Key Vault reference without ConfigureKeyVault ({risk.Evidence}), so loading its configuration fails");
        foreach (var hop in facts.Downstream.Where(h => h.Amplification >= HighAmplification && reloading.ContainsKey(h.Root) && RetriesImmediately(h)))
            high.Add($"{hop.Service} can send up to {hop.Amplification} calls per request into {hop.Root}, which reloads on this change ({DownstreamWalker.PathOf(hop)})");

        var medium = facts.Risks
            .Where(r => r.Rule is not (BlastRadiusRules.ReloadDisposeBeforeCreate or BlastRadiusRules.KeyVaultNotConfigured))
            .GroupBy(r => r.Rule)
            .Select(g => MediumText(g.Key, g.ToList()))
            .ToList();

        if (critical.Count > 0) return (RiskLevel.Critical, Sentence("Critical", critical, [.. high, .. medium]));
        if (high.Count > 0) return (RiskLevel.High, Sentence("High", high, medium));
        if (medium.Count > 0) return (RiskLevel.Medium, Sentence("Medium", medium, []));
        return (RiskLevel.Low, LowText(facts));
    }

    private static bool RetriesImmediately(DownstreamWalker.Hop hop)
    {
        for (var step = hop; step.Edge is not null && step.Next is not null; step = step.Next)
            if (step.Edge.Retry.RetriesWithoutBackoff) return true;
        return false;
    }

    private static string RetryText(CallEdge edge) =>
        $"{edge.Caller} retries it {edge.Retry.Attempts} time{(edge.Retry.Attempts == 1 ? "" : "s")} immediately, without backoff"
        + (edge.Retry.CircuitBreaker ? "" : " or a circuit breaker");

    private static string MediumText(string rule, IReadOnlyList<RadiusRisk> risks)
    {
        var services = risks.Select(r => r.Service).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var who = services.Count == 0 ? "" : $" ({string.Join(", ", services)})";
        return rule switch
        {
            BlastRadiusRules.SharedKey => risks[0].Message.TrimEnd('.'),
            BlastRadiusRules.EnvironmentDrift => "the environments differ for this key: " + string.Join("; ", risks.Select(r => r.Message.TrimEnd('.'))),
            BlastRadiusRules.ValueTypeChange => risks[0].Message.TrimEnd('.'),
            BlastRadiusRules.RetryWithoutBackoff => $"callers retry services in the radius without backoff{who}",
            BlastRadiusRules.HealthCheckIncludesDependencies => $"health checks run dependency checks{who}, so busy can look dead",
            BlastRadiusRules.NotValidatedInStaging => "it targets production without having been applied and verified in staging",
            BlastRadiusRules.DeletedKeyStillRead => $"the deleted key is still read with no fallback in code{who}",
            _ => $"{rule}{who}",
        };
    }

    // One sentence for what decides the level; lesser risks are only pointed at, since the risks list below spells each out.
    private static string Sentence(string level, IReadOnlyList<string> reasons, IReadOnlyList<string> also) =>
        $"{level}: {string.Join("; ", reasons)}." + (also.Count == 0 ? "" : $" {also.Count} lesser risk{(also.Count == 1 ? " is" : "s are")} listed below.");

    private static string LowText(Facts facts)
    {
        var setting = facts.Change.Setting;
        if (facts.Affected.Count == 0 && facts.SelectedNoRead.Count == 0)
            return $"Low: no service found that reads, selects, watches or declares {setting} in {facts.Environment}, and no other risk was found.";
        var services = facts.Affected.Concat(facts.SelectedNoRead).Select(a => a.Service).ToList();
        return $"Low: {string.Join(", ", services)} use{(services.Count == 1 ? "s" : "")} {setting}, but no reload race, retry amplification, "
               + "shared key, drift, type change or staging gap was found.";
    }
}
