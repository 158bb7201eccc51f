namespace Dashboard.Web.Endpoints;

/// <summary>How many transactions get one action in one currency, and their amount in minor units.</summary>
public sealed record ReconciliationTotalResponse(string Currency, string Action, int Count, long Amount);
