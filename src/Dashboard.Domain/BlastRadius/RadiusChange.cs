namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// How a change's blast radius moved between when it was submitted and now (new readers, new callers, new risks),
/// so an approver judges the change as it would land today, not as it looked last week.
/// </summary>
public sealed record RadiusChange(
    RiskLevel Submitted,
    RiskLevel Now,
    IReadOnlyList<string> NewlyAffected,
    IReadOnlyList<string> NoLongerAffected,
    IReadOnlyList<string> NewDownstream,
    IReadOnlyList<string> NewRiskRules)
{
    public bool Grew => Now > Submitted || NewlyAffected.Count > 0 || NewDownstream.Count > 0 || NewRiskRules.Count > 0;

    public static RadiusChange Between(BlastRadius submitted, BlastRadius now)
    {
        static IReadOnlyList<string> Added(IEnumerable<string> before, IEnumerable<string> after) =>
            [.. after.Except(before, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var affectedBefore = submitted.Affected.Select(a => a.Service).ToList();
        var affectedNow = now.Affected.Select(a => a.Service).ToList();
        return new RadiusChange(
            submitted.RiskLevel, now.RiskLevel,
            Added(affectedBefore, affectedNow),
            Added(affectedNow, affectedBefore),
            Added(submitted.Downstream.Select(d => d.Service), now.Downstream.Select(d => d.Service)),
            Added(submitted.Risks.Select(r => r.Rule).Distinct(), now.Risks.Select(r => r.Rule).Distinct()));
    }

    /// <summary>One sentence for the approver.</summary>
    public string Describe()
    {
        if (!Grew && NoLongerAffected.Count == 0)
            return $"The blast radius is the same as when it was submitted ({Now.ToString().ToLowerInvariant()} risk).";
        var parts = new List<string>();
        if (Now != Submitted) parts.Add($"risk {Submitted.ToString().ToLowerInvariant()} → {Now.ToString().ToLowerInvariant()}");
        if (NewlyAffected.Count > 0) parts.Add($"now also affects {string.Join(", ", NewlyAffected)}");
        if (NewDownstream.Count > 0) parts.Add($"new callers downstream: {string.Join(", ", NewDownstream)}");
        if (NewRiskRules.Count > 0) parts.Add($"new risks: {string.Join(", ", NewRiskRules)}");
        if (NoLongerAffected.Count > 0) parts.Add($"no longer affects {string.Join(", ", NoLongerAffected)}");
        return (Grew ? "The blast radius grew since it was submitted: " : "The blast radius changed since it was submitted: ") + string.Join("; ", parts) + ".";
    }
}
