using Dashboard.Domain.Audit;

namespace Dashboard.Application.Audit;

/// <summary>Reading the audit log: its newest entries, and a check of the whole chain.</summary>
public interface IAuditLog
{
    Task<IReadOnlyList<AuditEntry>> PageAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);

    /// <summary>The sequence of the newest entry (0 when the log is empty).</summary>
    Task<long> LastSequenceAsync(CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> entries after <paramref name="sequence"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> AfterAsync(long sequence, int max, CancellationToken cancellationToken);
}
