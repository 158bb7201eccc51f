using Dashboard.Domain.BlastRadius;
using Radius = Dashboard.Domain.BlastRadius.BlastRadius;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Which of the risks recorded at submission no longer hold in the radius recomputed now, and the step that resolved each,
/// so an approver is not shown "not validated in staging" after staging was verified.
/// A risk is the same risk only with the same rule, service and message: "staging holds 0.08" is resolved once staging holds the new value.
/// </summary>
public static class ResolvedRisks
{
    public static IReadOnlyList<ResolvedRisk> Between(Proposal proposal, Radius submitted, Radius now, DateTimeOffset recomputedAt)
    {
        var stillHolding = now.Risks.Select(Identity).ToHashSet();
        return [.. submitted.Risks
            .Where(risk => !stillHolding.Contains(Identity(risk)))
            .DistinctBy(Identity)
            .Select(risk => Explain(proposal, risk, recomputedAt))];
    }

    private static (string, string?, string) Identity(RadiusRisk risk) => (risk.Rule, risk.Service, risk.Message);

    private static ResolvedRisk Explain(Proposal proposal, RadiusRisk risk, DateTimeOffset recomputedAt)
    {
        var step = risk.Rule switch
        {
            BlastRadiusRules.NotValidatedInStaging => LastStepInto(proposal, ProposalState.StagingVerified),
            BlastRadiusRules.EnvironmentDrift => LastStepInto(proposal, ProposalState.AppliedToStaging),
            _ => null,
        };
        return step switch
        {
            { To: ProposalState.StagingVerified } => new ResolvedRisk(risk, step.At, $"{step.ActorName} verified the change in staging"),
            { To: ProposalState.AppliedToStaging } => new ResolvedRisk(risk, step.At,
                $"{step.ActorName} applied the proposed value to staging, so the environments no longer differ this way"),
            _ => new ResolvedRisk(risk, recomputedAt, "the radius recomputed now no longer finds it"),
        };
    }

    private static ProposalEvent? LastStepInto(Proposal proposal, ProposalState state) =>
        proposal.Events.Where(e => e.To == state).MaxBy(e => e.Sequence);
}
