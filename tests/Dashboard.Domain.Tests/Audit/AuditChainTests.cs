using Dashboard.Domain.Audit;
using static Dashboard.Domain.Tests.Audit.AuditChainBuilder;

namespace Dashboard.Domain.Tests.Audit;

public class AuditChainTests
{
    [Fact]
    public void Append_FirstEntries_LinkEachToThePreviousHash()
    {
        var entries = Chain(3);

        Assert.Equal([1L, 2L, 3L], entries.Select(e => e.Sequence));
        Assert.Equal(new string('0', 64), entries[0].PreviousHash);
        Assert.Equal(entries[0].Hash, entries[1].PreviousHash);
        Assert.Equal(entries[1].Hash, entries[2].PreviousHash);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.Equal(3, entries.Select(e => e.Hash).Distinct().Count());
    }

    [Fact]
    public void Verify_IntactChainOfAThousand_Passes()
    {
        var entries = Chain(1000);

        var result = AuditChain.Verify(entries, Key);

        Assert.True(result.IsIntact, result.Message);
        Assert.Equal(1000, result.EntriesChecked);
        Assert.Null(result.Break);
    }

    [Fact]
    public void Verify_EmptyChain_Passes()
    {
        Assert.True(AuditChain.Verify([], Key).IsIntact);
    }

    public static TheoryData<string> AlterableFields() => new("At", "Actor", "Action", "Subject", "BeforeJson", "AfterJson");

    [Theory]
    [MemberData(nameof(AlterableFields))]
    public void Verify_OneFieldAltered_FailsNamingThatEntry(string field)
    {
        var entries = Chain(50);
        var original = entries[24];
        entries[24] = field switch
        {
            "At" => original with { At = original.At.AddSeconds(1) },
            "Actor" => original with { Actor = "mallory" },
            "Action" => original with { Action = "proposal.reject" },
            "Subject" => original with { Subject = "proposal/999" },
            "BeforeJson" => original with { BeforeJson = null },
            _ => original with { AfterJson = """{"value":"0.0825"}""" },
        };

        var result = AuditChain.Verify(entries, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(25, result.BrokenSequence);
        Assert.Equal(AuditBreak.HashMismatch, result.Break);
        Assert.Contains("Entry 25", result.Message);
    }

    [Fact]
    public void Verify_EntryAlteredAndRehashed_FailsAtTheNextEntry()
    {
        var entries = Chain(10);
        var forged = entries[4] with { Actor = "mallory" };
        // Rebuild entry 5 as a forger would: correct hash over the altered fields, same previous hash.
        var resumed = AuditChain.Resume(entries[3], Key);
        var replacement = resumed.Append(forged.At, forged.Actor, forged.Action, forged.Subject, forged.BeforeJson, forged.AfterJson);
        entries[4] = replacement;

        var result = AuditChain.Verify(entries, Key);

        Assert.Equal(6, result.BrokenSequence);
        Assert.Equal(AuditBreak.PreviousHashBreak, result.Break);
        Assert.Equal("mallory", entries[4].Actor);
    }

    [Fact]
    public void Verify_EntryRemoved_NamesTheGap()
    {
        var entries = Chain(20);
        entries.RemoveAt(9);

        var result = AuditChain.Verify(entries, Key);

        Assert.Equal(11, result.BrokenSequence);
        Assert.Equal(AuditBreak.SequenceGap, result.Break);
        Assert.Contains("entry 10 was expected", result.Message);
        Assert.Equal(9, result.EntriesChecked);
    }

    [Fact]
    public void Verify_FirstEntryRemoved_NamesTheGap()
    {
        var entries = Chain(5);
        entries.RemoveAt(0);

        var result = AuditChain.Verify(entries, Key);

        Assert.Equal(2, result.BrokenSequence);
        Assert.Equal(AuditBreak.SequenceGap, result.Break);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_Fails()
    {
        var entries = Chain(20);
        (entries[6], entries[7]) = (entries[7], entries[6]);

        var result = AuditChain.Verify(entries, Key);

        Assert.False(result.IsIntact);
        Assert.Equal(8, result.BrokenSequence);
        Assert.Equal(AuditBreak.SequenceGap, result.Break);
    }

    [Fact]
    public void Verify_SwappedAndRenumbered_FailsOnTheHashLinks()
    {
        var entries = Chain(20);
        var (seventh, eighth) = (entries[6], entries[7]);
        entries[6] = eighth with { Sequence = 7 };
        entries[7] = seventh with { Sequence = 8 };

        var result = AuditChain.Verify(entries, Key);

        Assert.Equal(7, result.BrokenSequence);
        Assert.Equal(AuditBreak.PreviousHashBreak, result.Break);
    }

    [Fact]
    public void Verify_SameInstantWithAnotherOffset_StillPasses()
    {
        var entries = Chain(3);
        entries[1] = entries[1] with { At = entries[1].At.ToOffset(TimeSpan.FromHours(2)) };

        Assert.True(AuditChain.Verify(entries, Key).IsIntact);
    }

    [Fact]
    public void Resume_FromLastStoredEntry_ContinuesTheChain()
    {
        var entries = Chain(5);
        var chain = AuditChain.Resume(entries[^1], Key);

        entries.Add(chain.Append(Start.AddHours(1), "alice", "proposal.abandon", "proposal/9"));

        Assert.Equal(6, entries[^1].Sequence);
        Assert.True(AuditChain.Verify(entries, Key).IsIntact);
    }

    [Fact]
    public void Resume_FromAlteredEntry_IsRefused()
    {
        var last = Chain(2)[^1] with { Actor = "mallory" };

        var error = Assert.Throws<DomainException>(() => AuditChain.Resume(last, Key));

        Assert.Contains("Audit entry 2 does not match its hash", error.Message);
    }

    [Theory]
    [InlineData("", "proposal.edit", "proposal/1", "'actor'")]
    [InlineData("alice", " ", "proposal/1", "'action'")]
    [InlineData("alice", "proposal.edit", "", "'subject'")]
    public void Append_MissingField_IsRefusedNamingItAndChainDoesNotAdvance(string actor, string action, string subject, string expected)
    {
        var chain = new AuditChain(Key);

        var error = Assert.Throws<DomainException>(() => chain.Append(Start, actor, action, subject));

        Assert.Contains(expected, error.Message);
        Assert.Equal(0, chain.LastSequence);
    }
}
