namespace Dashboard.Domain.Audit;

/// <summary>
/// What happened, before it is chained into the audit log: who did what to which subject, with the state and value on
/// each side. <see cref="ValuesAreSecret"/> tells the writer to keep a keyed hash of the values, never the values.
/// </summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    string Actor,
    string Action,
    string Subject,
    AuditSide? Before,
    AuditSide? After,
    bool ValuesAreSecret = false);
