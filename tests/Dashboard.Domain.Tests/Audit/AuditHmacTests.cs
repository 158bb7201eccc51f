using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain.Audit;
using static Dashboard.Domain.Tests.Audit.AuditChainBuilder;

namespace Dashboard.Domain.Tests.Audit;

/// <summary>The chain's hashes are HMACs under the audit key, over the documented canonical form.</summary>
public class AuditHmacTests
{
    private const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    [Fact]
    public void Append_FixedKeyAndEntry_GivesTheHmacOfTheDocumentedCanonicalForm()
    {
        var at = Start.AddSeconds(1);
        // The canonical form as documented on AuditHash, written out by hand: ["audit-v2", sequence, UTC ticks, actor, action,
        // subject, before, after, previous hash].
        var canonical = string.Create(CultureInfo.InvariantCulture,
            $"""["audit-v2",1,{at.UtcTicks},"alice","proposal.approve","proposal/1",null,null,"{Genesis}"]""");
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(canonical)));

        var entry = new AuditChain(Key).Append(at, "alice", "proposal.approve", "proposal/1");

        Assert.Equal(expected, entry.Hash);
        // Computed once outside .NET (Python's hmac over the same bytes), so a change of the canonical form cannot pass unnoticed.
        Assert.Equal("752fa6dc329fcea92d10220cc91dc2f226fb047057a66fd4a6bad34b826a16f0", entry.Hash);
    }

    [Fact]
    public void Verify_EntryEditedAndTheChainRecomputedWithoutTheKey_IsReportedAsRecomputed()
    {
        var entries = Chain(6);
        // Without the key, the forger can only recompute the whole chain under a key of their own, with entry 3 changed.
        var forger = new AuditChain(RandomNumberGenerator.GetBytes(AuditChain.MinimumKeyBytes));
        var forged = entries.Select(e => forger.Append(e.At, e.Sequence == 3 ? "mallory" : e.Actor, e.Action, e.Subject, e.BeforeJson, e.AfterJson)).ToList();

        var result = AuditChain.Verify(forged, Key);

        Assert.True(AuditChain.Verify(entries, Key).IsIntact);
        Assert.False(result.IsIntact);
        Assert.Equal(1, result.BrokenSequence);
        Assert.Equal(AuditBreak.HashMismatch, result.Break);
        Assert.Contains("recomputed without the audit key", result.Message);
    }

    [Fact]
    public void Verify_WithAnotherKey_FailsAtTheFirstEntry()
    {
        var result = AuditChain.Verify(Chain(3), RandomNumberGenerator.GetBytes(AuditChain.MinimumKeyBytes));

        Assert.Equal(1, result.BrokenSequence);
    }

    [Fact]
    public void Constructor_ShortKey_IsRefused()
    {
        Assert.Throws<DomainException>(() => new AuditChain(new byte[16]));
    }
}
