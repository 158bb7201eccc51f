using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>A page of the proposal list, newest first; every filter is optional. Pages count from 1.</summary>
public sealed record ProposalQuery(ProposalState? State = null, string? Key = null, string? AuthorId = null, int Page = 1, int PageSize = ProposalQuery.DefaultPageSize)
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;
}
