namespace Dashboard.Domain.Audit;

/// <summary>
/// One line of the append-only audit log. <see cref="Hash"/> is SHA-256 over the other fields and <see cref="PreviousHash"/>,
/// so changing, removing or reordering any entry breaks the chain from that entry on.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Action,
    string Subject,
    string? BeforeJson,
    string? AfterJson,
    string PreviousHash,
    string Hash);
