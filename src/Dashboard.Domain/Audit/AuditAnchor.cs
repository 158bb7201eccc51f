namespace Dashboard.Domain.Audit;

/// <summary>
/// The chain's head (sequence and hash) as written, signed, somewhere the database's writer cannot rewrite: the log must reach at
/// least this entry, with this hash, or entries were deleted or the chain recomputed.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>
    /// Checks <paramref name="entries"/> (the whole log in order, already verified as a chain) against this anchor: null when the
    /// log reaches it with the same hash, otherwise the break, named.
    /// </summary>
    public AuditVerification? Check(IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
            return new AuditVerification(0, Sequence, AuditBreak.Wiped,
                $"The audit log is empty, but the anchor file records entry {Sequence}: the log was wiped. Restore it from a backup.");
        var last = entries[^1].Sequence;
        if (last < Sequence)
            return new AuditVerification(entries.Count, last + 1, AuditBreak.Truncated,
                $"The audit log ends at entry {last}, but the anchor file records entry {Sequence}: entries {last + 1} to {Sequence} were deleted. Restore them from a backup.");
        var anchored = entries.FirstOrDefault(e => e.Sequence == Sequence);
        if (anchored is null || !string.Equals(anchored.Hash, Hash, StringComparison.Ordinal))
            return new AuditVerification(entries.Count, Sequence, AuditBreak.AnchorMismatch,
                $"Entry {Sequence} does not have the hash the anchor file recorded for it: the chain was rewritten from there on. Restore it from a backup.");
        return null;
    }
}
