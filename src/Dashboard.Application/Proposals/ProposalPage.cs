using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>One page of proposals and how many match in all.</summary>
public sealed record ProposalPage(IReadOnlyList<Proposal> Items, int Page, int PageSize, int TotalCount);
