namespace Dashboard.Web.Endpoints;

/// <summary>Changes made outside the pipeline, newest first, how many in all and how many nobody has reverted or adopted yet.</summary>
public sealed record BypassedChangeListResponse(IReadOnlyList<BypassedChangeResponse> Items, int Page, int PageSize, int TotalCount, int UnhandledCount);
