namespace Dashboard.Domain.Proposals;

/// <summary>What can be done to a proposal; each value is one method of <see cref="Proposal"/>.</summary>
public enum ProposalAction
{
    Propose,
    Edit,
    ApplyToStaging,
    RecordStagingConflict,
    Rebase,
    VerifyStaging,
    FailStagingVerification,
    OverrideFailedVerification,
    Approve,
    Reject,
    ApplyToProduction,
    MarkVerified,
    RollBack,
    Abandon,
}
