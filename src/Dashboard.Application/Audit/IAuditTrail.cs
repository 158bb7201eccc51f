using Dashboard.Domain.Audit;

namespace Dashboard.Application.Audit;

/// <summary>
/// The one way into the audit log: records are chained and stored with the change they describe, in the same transaction.
/// Secret values are kept as a keyed hash, never as they are.
/// </summary>
public interface IAuditTrail
{
    void Record(AuditRecord record);
}
