using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>An environment's gate: one rule per risk level, and who changed it last (none while it is the default).</summary>
public sealed record GatePolicyResponse(
    string Environment, GateRuleJson Low, GateRuleJson Medium, GateRuleJson High, GateRuleJson Critical,
    bool IsDefault, DateTimeOffset? ChangedAt, string? ChangedBy)
{
    public static GatePolicyResponse From(GatePolicy policy) => new(
        policy.Environment.ToString().ToLowerInvariant(), Json(policy.Rules.Low), Json(policy.Rules.Medium), Json(policy.Rules.High), Json(policy.Rules.Critical),
        policy.IsDefault, policy.ChangedAt, policy.ChangedBy);

    private static GateRuleJson Json(GateRule rule) => new(rule.StagingEvidence, rule.Mitigation, rule.Approvals, rule.OwnerTeams);
}
