namespace Dashboard.Web.Endpoints;

/// <summary>One planned call of a transaction with its idempotency key, when it was claimed (sent) and when it was done.</summary>
public sealed record ReconciliationStepResponse(string Action, string IdempotencyKey, DateTimeOffset? ClaimedAt, DateTimeOffset? CompletedAt);
