using Dashboard.Domain.Audit;
using static Dashboard.Domain.Tests.Audit.AuditChainBuilder;

namespace Dashboard.Domain.Tests.Audit;

public class AuditAnchorTests
{
    [Fact]
    public void Check_LogReachesTheAnchorWithItsHash_IsNull()
    {
        var entries = Chain(5);

        Assert.Null(new AuditAnchor(4, entries[3].Hash).Check(entries));
    }

    [Fact]
    public void Check_AnchoredEntryHasAnotherHash_IsAnAnchorMismatchAtThatEntry()
    {
        var entries = Chain(5);

        var result = new AuditAnchor(4, new string('a', 64)).Check(entries);

        Assert.Equal((AuditBreak.AnchorMismatch, 4L), (result!.Break!.Value, result.BrokenSequence!.Value));
    }

    [Fact]
    public void Check_LogShorterThanTheAnchor_IsATruncationNamingTheMissingEntries()
    {
        var entries = Chain(5);

        var result = new AuditAnchor(7, new string('a', 64)).Check(entries);

        Assert.Equal(AuditBreak.Truncated, result!.Break);
        Assert.Contains("entries 6 to 7 were deleted", result.Message);
    }
}
