namespace Dashboard.Domain.Audit;

/// <summary>
/// An aggregate whose steps are audited: each step adds a record, and whoever saves the aggregate writes the records in the
/// same transaction as the change and then clears them.
/// </summary>
public interface IAuditedAggregate
{
    IReadOnlyList<AuditRecord> PendingAuditRecords { get; }

    void ClearPendingAuditRecords();
}
