namespace Dashboard.Domain.Audit;

/// <summary>
/// Appends entries to a tamper-evident hash chain and verifies one. Each hash is an HMAC under <paramref name="key"/>, which lives
/// outside the database, so an entry edited and the following hashes recomputed do not verify. The chain keeps only its tail (the
/// last sequence and hash): entries are stored by the caller, and a chain resumes from the last stored entry.
/// </summary>
public sealed class AuditChain(byte[] key)
{
    public const int MaxFieldLength = 400;
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key = key is { Length: >= MinimumKeyBytes }
        ? key
        : throw new DomainException($"The audit key needs at least {MinimumKeyBytes} bytes: configure a longer one.");

    public long LastSequence { get; private set; }
    public string LastHash { get; private set; } = AuditHash.Genesis;

    /// <summary>Continues the chain after <paramref name="last"/>, the newest stored entry (null when none is stored).</summary>
    public static AuditChain Resume(AuditEntry? last, byte[] key)
    {
        var chain = new AuditChain(key);
        if (last is null) return chain;
        // An unkeyed entry is the end of a log written before the audit key: the chain goes on from it, keyed.
        if (AuditHash.Compute(key, last) != last.Hash && AuditHash.ComputeUnkeyed(last) != last.Hash)
            throw new DomainException($"Audit entry {last.Sequence} does not match its hash, so the chain cannot be continued from it: verify the audit log and restore it from a backup.");
        chain.LastSequence = last.Sequence;
        chain.LastHash = last.Hash;
        return chain;
    }

    /// <summary>Creates the next entry, linked to the previous one; the caller stores it.</summary>
    public AuditEntry Append(DateTimeOffset at, string actor, string action, string subject, string? beforeJson = null, string? afterJson = null)
    {
        var who = RequireField(actor, "actor", "the user id of whoever acted");
        var what = RequireField(action, "action", "e.g. 'proposal.approve'");
        var about = RequireField(subject, "subject", "e.g. 'proposal/3f2a…'");
        var sequence = LastSequence + 1;
        var hash = AuditHash.Compute(_key, sequence, at, who, what, about, beforeJson, afterJson, LastHash);
        var entry = new AuditEntry(sequence, at, who, what, about, beforeJson, afterJson, LastHash, hash);
        LastSequence = sequence;
        LastHash = hash;
        return entry;
    }

    /// <summary>
    /// Checks a whole chain in stored order from its first entry, stopping at the first broken entry. Unkeyed entries (written
    /// before the audit key) are accepted only as the chain's beginning, and the result says which they are.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, byte[] key)
    {
        long checkedCount = 0;
        long unkeyed = 0;
        var expectedSequence = 1L;
        var previousHash = AuditHash.Genesis;
        foreach (var entry in entries)
        {
            if (entry.Sequence != expectedSequence)
                return Broken(checkedCount, entry.Sequence, AuditBreak.SequenceGap,
                    $"Entry {entry.Sequence} comes where entry {expectedSequence} was expected: entries are missing or out of order.");
            if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal))
                return Broken(checkedCount, entry.Sequence, AuditBreak.PreviousHashBreak,
                    $"Entry {entry.Sequence} does not point at the hash of entry {entry.Sequence - 1}: an earlier entry was altered or replaced.");
            if (!string.Equals(AuditHash.Compute(key, entry), entry.Hash, StringComparison.Ordinal))
            {
                var beforeTheKey = string.Equals(AuditHash.ComputeUnkeyed(entry), entry.Hash, StringComparison.Ordinal);
                if (beforeTheKey && unkeyed == checkedCount)
                    unkeyed++;
                else if (beforeTheKey)
                    return Broken(checkedCount, entry.Sequence, AuditBreak.HashMismatch,
                        $"Entry {entry.Sequence} carries an unkeyed hash after keyed entries: the dashboard never writes one, so it was added or rewritten without the audit key.");
                else
                    return Broken(checkedCount, entry.Sequence, AuditBreak.HashMismatch,
                        $"Entry {entry.Sequence} does not match its keyed hash: its fields were altered after it was written, or its hash was recomputed without the audit key.");
            }
            checkedCount++;
            expectedSequence++;
            previousHash = entry.Hash;
        }
        return new AuditVerification(checkedCount, null, null, unkeyed == 0
            ? $"All {checkedCount} entries are intact."
            : $"All {checkedCount} entries are intact. Entries 1–{unkeyed} were written before the audit key was introduced: their order " +
              "is proven, but not that nobody with write access to the database rewrote them.")
        {
            UnkeyedEntries = unkeyed,
        };
    }

    private static AuditVerification Broken(long checkedCount, long sequence, AuditBreak reason, string message) =>
        new(checkedCount, sequence, reason, message);

    private static string RequireField(string? value, string name, string hint)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException($"An audit entry needs a value for '{name}': pass {hint}.");
        if (value.Length > MaxFieldLength)
            throw new DomainException($"The audit entry's {name} has {value.Length} characters; shorten it to at most {MaxFieldLength} (put details in the before/after JSON).");
        return value;
    }
}
