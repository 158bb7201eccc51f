using System.Collections.Frozen;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Which actions each state allows, so a page can show only the buttons that can work.
/// Some actions also need a condition the state alone does not tell (a recorded conflict for Rebase,
/// a failed verification for an override): <see cref="Proposal.AvailableActions"/> applies those too.
/// </summary>
public static class ProposalTransitions
{
    /// <summary>States in which the change has not reached production: it can still be edited, rejected or abandoned.</summary>
    public static readonly FrozenSet<ProposalState> OpenStates =
        new[] { ProposalState.Draft, ProposalState.AppliedToStaging, ProposalState.StagingVerified, ProposalState.Approved }.ToFrozenSet();

    private static readonly FrozenDictionary<ProposalState, FrozenSet<ProposalAction>> _allowed =
        new Dictionary<ProposalState, FrozenSet<ProposalAction>>
        {
            [ProposalState.Draft] = Set(ProposalAction.Edit, ProposalAction.ApplyToStaging, ProposalAction.RecordStagingConflict,
                ProposalAction.Rebase, ProposalAction.Reject, ProposalAction.Abandon),
            [ProposalState.AppliedToStaging] = Set(ProposalAction.Edit, ProposalAction.VerifyStaging, ProposalAction.FailStagingVerification,
                ProposalAction.OverrideFailedVerification, ProposalAction.ConfirmVerificationOverride, ProposalAction.DeclineVerificationOverride,
                ProposalAction.Reject, ProposalAction.Abandon),
            [ProposalState.StagingVerified] = Set(ProposalAction.Edit, ProposalAction.Approve, ProposalAction.Reject, ProposalAction.Abandon),
            [ProposalState.Approved] = Set(ProposalAction.Edit, ProposalAction.ApplyToProduction, ProposalAction.Reject, ProposalAction.Abandon),
            [ProposalState.AppliedToProduction] = Set(ProposalAction.MarkVerified, ProposalAction.RollBack),
            [ProposalState.Verified] = Set(ProposalAction.RollBack),
            [ProposalState.RolledBack] = Set(),
            [ProposalState.Rejected] = Set(),
            [ProposalState.Abandoned] = Set(),
        }.ToFrozenDictionary();

    public static IReadOnlySet<ProposalAction> AllowedIn(ProposalState state) => _allowed[state];

    public static bool IsAllowed(ProposalState state, ProposalAction action) => _allowed[state].Contains(action);

    public static bool IsOpen(ProposalState state) => OpenStates.Contains(state);

    private static FrozenSet<ProposalAction> Set(params ProposalAction[] actions) => actions.ToFrozenSet();
}
