namespace Dashboard.Domain.Audit;

/// <summary>Why an audit chain failed verification at an entry.</summary>
public enum AuditBreak
{
    /// <summary>The entry's fields no longer produce its hash: the entry was altered.</summary>
    HashMismatch,
    /// <summary>The entry does not point at the hash of the entry before it: an entry before it was altered or replaced.</summary>
    PreviousHashBreak,
    /// <summary>The entry's sequence is not the one expected: entries were removed or reordered.</summary>
    SequenceGap,
    /// <summary>The log ends before the newest anchored entry: its last entries were deleted.</summary>
    Truncated,
    /// <summary>The log is empty but the anchor records entries: the table was wiped.</summary>
    Wiped,
    /// <summary>The anchored entry's hash is not the one the anchor recorded: the chain was rewritten from there on.</summary>
    AnchorMismatch,
}
