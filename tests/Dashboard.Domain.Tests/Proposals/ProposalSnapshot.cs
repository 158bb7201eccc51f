using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

/// <summary>Everything observable about a proposal, to prove a refused step changed nothing.</summary>
public sealed record ProposalSnapshot(
    ProposalState State,
    int EventCount,
    ProposedValue Value,
    ObservedSetting StagingBase,
    string RadiusHash,
    StagingConflict? Conflict,
    EnvironmentApply? StagingApply,
    StagingVerificationResult? Verification,
    VerificationOverride? Override,
    ProposalApproval? Approval,
    EnvironmentApply? ProductionApply,
    string? ClosingReason)
{
    public static ProposalSnapshot Of(Proposal p) => new(
        p.State, p.Events.Count, p.ProposedValue, p.StagingBase, p.BlastRadius.Hash, p.StagingConflict, p.StagingApply,
        p.StagingVerification, p.VerificationOverride, p.Approval, p.ProductionApply, p.ClosingReason);
}
