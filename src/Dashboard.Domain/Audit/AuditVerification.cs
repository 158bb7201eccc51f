namespace Dashboard.Domain.Audit;

/// <summary>The outcome of checking an audit chain: intact, or the first broken entry and why.</summary>
public sealed record AuditVerification(long EntriesChecked, long? BrokenSequence, AuditBreak? Break, string Message)
{
    public bool IsIntact => BrokenSequence is null;

    /// <summary>How many entries, from the first, were written before the audit key and carry a plain SHA-256.</summary>
    public long UnkeyedEntries { get; init; }
}
