using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// A page of the proposal list, newest first; every filter is optional. Pages count from 1.
/// <paramref name="Approver"/> keeps only the proposals that person could move on now (an approver's inbox).
/// </summary>
public sealed record ProposalQuery(ProposalState? State = null, string? Key = null, string? AuthorId = null, int Page = 1, int PageSize = ProposalQuery.DefaultPageSize,
    ProposalActor? Approver = null)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
    /// <summary>How many proposals waiting for approval an inbox looks through; more than this waiting at once is a stalled gate, not a list.</summary>
    public const int MaxInboxCandidates = 1000;

    /// <summary>The state in which a proposal waits for an approver: the one whose next step is Approve.</summary>
    public static readonly ProposalState ApprovableState =
        Enum.GetValues<ProposalState>().Single(state => ProposalTransitions.IsAllowed(state, ProposalAction.Approve));

    /// <summary>
    /// Proposals this person could move on now: waiting for approval, written by someone else, not yet approved by them and, while
    /// an owning team is missing, only those waiting for one of their teams (<see cref="Proposal.CouldBeApprovedBy"/>).
    /// </summary>
    public static ProposalQuery WaitingForApprovalBy(ProposalActor approver, string? key = null, int page = 1, int pageSize = DefaultPageSize) =>
        new(ApprovableState, key, null, page, pageSize, Approver: approver);

    /// <summary>This person's own proposals, in any state (or the one asked).</summary>
    public static ProposalQuery WrittenBy(string userId, ProposalState? state = null, string? key = null, int page = 1, int pageSize = DefaultPageSize) =>
        new(state, key, userId, page, pageSize);
}
