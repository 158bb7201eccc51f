namespace Dashboard.Domain.Reconciliation;

/// <summary>The outcome of one transaction, why, and when it was recorded.</summary>
public sealed record ItemResult(ItemOutcome Outcome, string Reason, DateTimeOffset At);
