namespace Dashboard.Domain.Reconciliation;

/// <summary>Who approved a run and the hash of exactly the plan they previewed.</summary>
public sealed record RunApproval(string ApproverId, string ApproverName, DateTimeOffset At, string PlanHash);
