namespace Dashboard.Web.Endpoints;

public sealed record ProposalListResponse(IReadOnlyList<ProposalResponse> Items, int Page, int PageSize, int TotalCount);
