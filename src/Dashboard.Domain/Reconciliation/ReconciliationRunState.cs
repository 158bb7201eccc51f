namespace Dashboard.Domain.Reconciliation;

/// <summary>Found → Classified → (Approved, when the plan is above the threshold) → Executing ⇄ Paused → Completed, or Cancelled.</summary>
public enum ReconciliationRunState
{
    Found,
    Classified,
    Approved,
    Executing,
    Paused,
    Completed,
    Cancelled,
}
