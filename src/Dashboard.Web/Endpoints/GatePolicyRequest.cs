using Dashboard.Application.Errors;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>The body of <c>PUT /api/gate-policy/{environment}</c>: the whole gate, one rule per risk level.</summary>
public sealed record GatePolicyRequest(GateRuleJson? Low, GateRuleJson? Medium, GateRuleJson? High, GateRuleJson? Critical)
{
    /// <exception cref="InputException">A level or a field is missing, or approvals are out of range; the field names it, e.g. "high.approvals".</exception>
    public GateRules ToRules() => new(Rule(Low, "low"), Rule(Medium, "medium"), Rule(High, "high"), Rule(Critical, "critical"));

    private static GateRule Rule(GateRuleJson? rule, string level)
    {
        if (rule is null)
            throw new InputException(level, $"Send the '{level}' rule too: the gate is replaced whole, e.g. \"{level}\": {{\"stagingEvidence\": true, \"mitigation\": true, \"approvals\": 1, \"ownerTeams\": true}}.");
        var evidence = rule.StagingEvidence ?? throw Missing(level, "stagingEvidence", "true or false");
        var mitigation = rule.Mitigation ?? throw Missing(level, "mitigation", "true or false");
        var approvals = rule.Approvals ?? throw Missing(level, "approvals", $"a number from 1 to {GateRule.MaxApprovals}");
        var ownerTeams = rule.OwnerTeams ?? throw Missing(level, "ownerTeams", "true (an approver from each owning team) or false");
        if (approvals is < 1 or > GateRule.MaxApprovals)
            throw new InputException($"{level}.approvals",
                $"'{level}.approvals' is {approvals}: send a number from 1 to {GateRule.MaxApprovals} (production is never reached without an approval).");
        return new GateRule(evidence, mitigation, approvals, ownerTeams);
    }

    private static InputException Missing(string level, string field, string expected) =>
        new($"{level}.{field}", $"'{level}.{field}' is missing: send {expected}.");
}
