using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// A page of the proposal list, newest first; every filter is optional. Pages count from 1.
/// <paramref name="NotAuthorId"/> leaves out one person's own proposals (an approver's inbox).
/// </summary>
public sealed record ProposalQuery(ProposalState? State = null, string? Key = null, string? AuthorId = null, int Page = 1, int PageSize = ProposalQuery.DefaultPageSize,
    string? NotAuthorId = null)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    /// <summary>The state in which a proposal waits for an approver: the one whose next step is Approve.</summary>
    public static readonly ProposalState ApprovableState =
        Enum.GetValues<ProposalState>().Single(state => ProposalTransitions.IsAllowed(state, ProposalAction.Approve));

    /// <summary>Proposals this person could approve now: waiting for approval and written by someone else.</summary>
    public static ProposalQuery WaitingForApprovalBy(string userId, string? key = null, int page = 1, int pageSize = DefaultPageSize) =>
        new(ApprovableState, key, null, page, pageSize, NotAuthorId: userId);

    /// <summary>This person's own proposals, in any state (or the one asked).</summary>
    public static ProposalQuery WrittenBy(string userId, ProposalState? state = null, string? key = null, int page = 1, int pageSize = DefaultPageSize) =>
        new(state, key, userId, page, pageSize);
}
