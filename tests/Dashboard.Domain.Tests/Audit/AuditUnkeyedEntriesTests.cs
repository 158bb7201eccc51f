using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain.Audit;
using static Dashboard.Domain.Tests.Audit.AuditChainBuilder;

namespace Dashboard.Domain.Tests.Audit;

/// <summary>A log written before the audit key (plain SHA-256 "audit-v1" entries) verifies and is continued after an upgrade.</summary>
public class AuditUnkeyedEntriesTests
{
    private const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void UnkeyedHash_OfTheDocumentedForm_IsTheOneOldLogsCarry()
    {
        var entry = Unkeyed(1, Genesis);

        // Computed once outside .NET (Python's hashlib over the same bytes), so the old form cannot drift unnoticed.
        Assert.Equal(Sha256(Canonical(1, Genesis)), entry.Hash);
        Assert.Equal("91c06a3da595952cc3586bea42f2e3970b0e9776af6177e6c899928e6bb57fc9", entry.Hash);
    }

    [Fact]
    public void Verify_OldLogContinuedWithTheKey_IsIntactAndNamesTheUnkeyedEntries()
    {
        var log = UnkeyedLog(3);
        var chain = AuditChain.Resume(log[^1], Key);
        log.Add(chain.Append(Start.AddMinutes(1), "alice", "proposal.approve", "proposal/9"));
        log.Add(chain.Append(Start.AddMinutes(2), "bob", "proposal.apply", "proposal/9"));

        var result = AuditChain.Verify(log, Key);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(5, result.EntriesChecked);
        Assert.Equal(3, result.UnkeyedEntries);
        Assert.Contains("Entries 1–3 were written before the audit key", result.Message, StringComparison.Ordinal);
        Assert.Equal(log[2].Hash, log[3].PreviousHash);
    }

    [Fact]
    public void Verify_UnkeyedEntryAfterKeyedOnes_IsBrokenThere()
    {
        var log = Chain(3);
        log.Add(Unkeyed(4, log[^1].Hash));

        var result = AuditChain.Verify(log, Key);

        Assert.Equal(4, result.BrokenSequence);
        Assert.Equal(AuditBreak.HashMismatch, result.Break);
        Assert.Contains("unkeyed hash after keyed entries", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UnkeyedEntryEdited_IsBrokenThere()
    {
        var log = UnkeyedLog(3);
        log[1] = log[1] with { Actor = "mallory" };

        var result = AuditChain.Verify(log, Key);

        Assert.Equal(2, result.BrokenSequence);
        Assert.Equal(0, result.UnkeyedEntries);
    }

    [Fact]
    public void Verify_KeyedLog_SaysNothingOfUnkeyedEntries()
    {
        var result = AuditChain.Verify(Chain(3), Key);

        Assert.Equal(0, result.UnkeyedEntries);
        Assert.Equal("All 3 entries are intact.", result.Message);
    }

    private static List<AuditEntry> UnkeyedLog(int count)
    {
        var log = new List<AuditEntry>();
        for (var sequence = 1; sequence <= count; sequence++) log.Add(Unkeyed(sequence, log.Count == 0 ? Genesis : log[^1].Hash));
        return log;
    }

    /// <summary>An entry as the dashboard wrote it before the audit key: SHA-256 of the "audit-v1" form, written out by hand.</summary>
    private static AuditEntry Unkeyed(long sequence, string previousHash) =>
        new(sequence, At(sequence), "carol", "proposal.edit", "proposal/1", null, null, previousHash, Sha256(Canonical(sequence, previousHash)));

    private static string Canonical(long sequence, string previousHash) => string.Create(CultureInfo.InvariantCulture,
        $"""["audit-v1",{sequence},{At(sequence).UtcTicks},"carol","proposal.edit","proposal/1",null,null,"{previousHash}"]""");

    private static DateTimeOffset At(long sequence) => Start.AddSeconds(sequence);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
