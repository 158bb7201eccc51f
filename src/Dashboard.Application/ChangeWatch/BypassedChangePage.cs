using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>One page of changes made outside the pipeline, newest first, and how many there are in all.</summary>
public sealed record BypassedChangePage(IReadOnlyList<BypassedChange> Items, int Page, int PageSize, int TotalCount);
