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
    /// <summary>A store write is about to start: recorded before the write, so a crash or race never leaves it unrecorded.</summary>
    ClaimWrite,
    /// <summary>A claim left by an interrupted write is settled from what the store holds: completed or released.</summary>
    ResolveClaim,
}
