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
    // Added last: claims store their step as a number, so earlier values keep theirs.
    /// <summary>The second person named on an override request confirms it themselves; <see cref="OverrideFailedVerification"/> only asks.</summary>
    ConfirmVerificationOverride,
    /// <summary>The requester withdraws an override request, or the named second person declines it.</summary>
    DeclineVerificationOverride,
}
