namespace Dashboard.Domain.Reconciliation;

/// <summary>An operator replaced the proposed actions of one transaction; the reason is required and kept for the report.</summary>
public sealed record ActionOverride(IReadOnlyList<ReconciliationAction> Actions, string Reason, string ByUserId, string ByName, DateTimeOffset At);
