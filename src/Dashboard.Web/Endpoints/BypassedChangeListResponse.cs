using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>Changes made outside the pipeline, newest first; <c>actor</c> is null when the store does not say who made a change.</summary>
public sealed record BypassedChangeListResponse(IReadOnlyList<BypassedChange> Items, int Page, int PageSize, int TotalCount);
