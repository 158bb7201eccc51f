namespace Dashboard.Web.Endpoints;

/// <summary>
/// The body of an edit of one transaction: the hash of the plan the operator looked at, a reason (optional to exclude,
/// required to override) and, to override, the actions to take instead as wire names in order (e.g. <c>["cancel"]</c>).
/// </summary>
public sealed record ReconciliationItemEditRequest(string? PlanHash = null, string? Reason = null, IReadOnlyList<string?>? Actions = null);
