namespace Dashboard.Domain.Reconciliation;

/// <summary>One step of a run, for the audit trail: who, when, what, and the plan hash at that moment.</summary>
public sealed record ReconciliationRunEvent(int Sequence, DateTimeOffset At, string ActorId, string ActorName, RunEventKind Kind, string Description, string? PlanHash);
