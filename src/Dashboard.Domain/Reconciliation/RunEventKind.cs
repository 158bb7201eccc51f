namespace Dashboard.Domain.Reconciliation;

/// <summary>The steps of a run that go to the audit trail.</summary>
public enum RunEventKind
{
    Created,
    Classified,
    Excluded,
    Included,
    Overridden,
    Approved,
    Started,
    Paused,
    Resumed,
    Cancelled,
    Completed,
}
