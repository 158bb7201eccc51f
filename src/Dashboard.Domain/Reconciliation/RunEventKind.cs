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
    /// <summary>Paused by the executor because the gateway stopped answering; it resumes by itself once the gateway answers again.</summary>
    PausedUntilGatewayRecovers,
    Resumed,
    Cancelled,
    Completed,
}
