using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

/// <summary>One page of changes made outside the pipeline, newest first, how many there are in all and how many nobody has handled yet.</summary>
public sealed record BypassedChangePage(IReadOnlyList<BypassedChange> Items, int Page, int PageSize, int TotalCount, int UnhandledCount);
