using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>One risk level's rule as the gate settings form edits it; approvals stay nullable so an emptied field is reported, not zeroed.</summary>
public sealed class GateRuleRow(RiskLevel level, GateRule rule)
{
    public RiskLevel Level { get; } = level;
    public string Name => Level.ToString().ToLowerInvariant();
    public bool StagingEvidence { get; set; } = rule.StagingEvidence;
    public bool Mitigation { get; set; } = rule.Mitigation;
    public int? Approvals { get; set; } = rule.Approvals;
    public bool OwnerTeams { get; set; } = rule.OwnerTeams;
}
